import { sampleIds as ids } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { openSandbox } from "../../../../test/support/sandbox-http.js";

type Flow = { id: string; name: string; visibility: string; folderId?: string };
type Assigned = { flowInstanceId: string; crmProspectId: string; flowInstanceStatus: string };

describe("flows and folders", () => {
  it("lists company flows, the rep's own flows and flows shared with the rep", async () => {
    const { call, state } = openSandbox();
    const listed = await call("listFlows", { query: { flowOwnerEmail: ids.repEmail } });
    const flows = listed.body.flows as Flow[];
    expect(flows.map((flow) => flow.id)).toContain(ids.flowId);
    expect(listed.body.records).toMatchObject({ totalRecords: flows.length, currentPageNumber: 0 });
    const othersPersonal = state.flows.filter(
      (flow) => flow.visibility === "Personal" && flow.ownerEmail !== ids.repEmail,
    );
    expect(othersPersonal.length).toBeGreaterThan(0);
    expect(flows.some((flow) => othersPersonal.some((other) => other.id === flow.id))).toBe(false);
    expect(flows.some((flow) => flow.visibility === "Shared" && flow.id !== ids.flowId)).toBe(true);

    const inFolder = await call("listFlows", {
      query: { flowOwnerEmail: ids.repEmail, folderId: ids.flowFolderId },
    });
    expect((inFolder.body.flows as Flow[]).every((flow) => flow.folderId === ids.flowFolderId)).toBe(true);
    const recent = await call("listFlows", {
      query: { flowOwnerEmail: ids.repEmail, mostRecentlyAssigned: "true" },
    });
    expect((recent.body.flows as Flow[])[0]?.id).toBe(ids.flowId);
    expect((await call("listFlows", { query: { flowOwnerEmail: "nobody@example.com" } })).status).toBe(400);
  });

  it("lists folders, or one folder and its children with parentId", async () => {
    const { call } = openSandbox();
    const all = await call("listFlowsFolders", { query: { flowFolderOwnerEmail: ids.repEmail } });
    expect((all.body.flows as Flow[]).length).toBe(4);
    const tree = await call("listFlowsFolders", {
      query: { flowFolderOwnerEmail: ids.repEmail, parentId: ids.flowFolderId },
    });
    expect((tree.body.flows as Flow[]).map((folder) => folder.folderId ?? folder.id)).toEqual([
      ids.flowFolderId,
      ids.flowFolderId,
    ]);
  });

  it("returns a flow's steps and 404 for unknown flows", async () => {
    const { call } = openSandbox();
    const steps = await call("getFlowSteps", { body: { flowIds: [ids.flowId] } });
    const [flow] = steps.body.flows as { steps: { stepOrder: number; action: string }[] }[];
    expect(flow?.steps.map((step) => step.stepOrder)).toEqual([1, 2, 3, 4, 5]);
    expect(flow?.steps[1]?.action).toBe("CALL");
    expect((await call("getFlowSteps", { body: { flowIds: [ids.flowId, "123"] } })).status).toBe(404);
  });
});

describe("prospects in flows", () => {
  it("assigns, refuses repeats, unknown prospects and cooling-off leads, and unassigns", async () => {
    const { call, state } = openSandbox();
    const newcomer = Object.keys(state.crmObjects.CONTACT).find(
      (crmId) => !state.flowInstances.some((instance) => instance.crmProspectId === crmId),
    );
    const coolingOff = state.flowInstances.find((instance) => instance.finished)?.crmProspectId ?? "";
    const assign = { flowId: ids.flowId, flowInstanceOwnerEmail: ids.repEmail };
    const answer = await call("assignProspects", {
      body: { ...assign, crmProspectsIds: [newcomer, ids.crmContactId, "003unknown", coolingOff] },
    });
    const assigned = answer.body.prospectsAssigned as Assigned[];
    expect(assigned.map((item) => item.crmProspectId)).toEqual([newcomer]);
    expect(answer.body.prospectsNotAssigned).toEqual([
      expect.objectContaining({ crmProspectId: ids.crmContactId, errorCode: "InvalidState" }),
      expect.objectContaining({ crmProspectId: "003unknown", errorCode: "InvalidArgument" }),
      expect.objectContaining({ crmProspectId: coolingOff, errorCode: "InvalidState" }),
    ]);
    const override = await call("assignProspectsCoolOffOverrides", {
      body: { ...assign, crmProspectsIds: [coolingOff] },
    });
    expect((override.body.prospectsAssigned as Assigned[])[0]?.flowInstanceStatus).toBe("Pending");

    const instanceId = assigned[0]?.flowInstanceId ?? "";
    const byInstance = await call("unassignFlows", { body: { flowInstanceIds: [instanceId, "fi-none"] } });
    expect(byInstance.body.unassignedFlowInstanceIds).toEqual([instanceId]);
    const again = await call("assignProspects", { body: { ...assign, crmProspectsIds: [newcomer] } });
    const reassigned = (again.body.prospectsAssigned as Assigned[])[0]?.flowInstanceId ?? "";
    expect(reassigned).not.toBe(instanceId);
    await call("unassignFlows", { body: { flowInstanceIds: [reassigned] } });
    const byCrm = await call("unassignProspectFlows", {
      body: { crmProspectId: ids.crmContactId, flowId: ids.flowId },
    });
    expect(byCrm.body.unassignedFlowInstanceIds).toEqual([ids.flowInstanceId]);
    const left = await call("getProspectsAssignedFlows", {
      body: { crmProspectsIds: [newcomer, ids.crmContactId] },
    });
    expect(left.body.prospectsAssigned).toEqual([]);
    expect(state.tasks.some((task) => task.id === ids.taskId)).toBe(false);
  });

  it("lists open flows by prospect and any flow by instance id", async () => {
    const { call } = openSandbox();
    const byProspect = await call("getProspectsAssignedFlows", {
      body: { crmProspectsIds: [ids.crmContactId] },
    });
    expect(byProspect.body.prospectsAssigned).toEqual([
      expect.objectContaining({
        flowInstanceId: ids.flowInstanceId,
        flowId: ids.flowId,
        flowInstanceStatus: "Running",
      }),
    ]);
    expect((await call("getProspectsAssignedFlows", { body: {} })).status).toBe(400);
  });

  it("refuses an unknown flow (404) and another rep's personal flow (403)", async () => {
    const { call, state } = openSandbox();
    const body = { crmProspectsIds: [ids.crmContactId], flowInstanceOwnerEmail: ids.repEmail };
    expect((await call("assignProspects", { body: { ...body, flowId: "42" } })).status).toBe(404);
    const personal = state.flows.find(
      (flow) => flow.visibility === "Personal" && flow.ownerEmail !== ids.repEmail,
    );
    expect((await call("assignProspects", { body: { ...body, flowId: personal?.id ?? "" } })).status).toBe(
      403,
    );
  });
});

describe("bulk assignments", () => {
  it("moves PENDING → IN_PROGRESS → COMPLETED and creates leads for new prospects", async () => {
    const { call, state } = openSandbox();
    const submitted = await call("submitFlowProspectsBulkAssignment", {
      body: {
        flowId: ids.flowId,
        flowInstanceOwnerEmail: ids.repEmail,
        prospects: [
          { firstName: "Ada", lastName: "Byrne", email: "ada.byrne@newco.example", companyName: "NewCo" },
          { firstName: "No", lastName: "Email" },
          { crmId: ids.crmContactId },
        ],
      },
    });
    expect(submitted.status).toBe(202);
    expect(submitted.body).toMatchObject({ status: "PENDING", totalCount: 3, processedCount: 0 });
    const id = submitted.body.id as string;
    expect((await call("getFlowProspectsBulkAssignment", { path: { id } })).body.status).toBe("IN_PROGRESS");
    const done = await call("getFlowProspectsBulkAssignment", { path: { id } });
    expect(done.body).toMatchObject({
      status: "COMPLETED",
      processedCount: 3,
      successCount: 1,
      failedCount: 2,
    });
    const statuses = (done.body.results as { status: string }[]).map((result) => result.status);
    expect(statuses).toEqual(["ASSIGNED", "CRM_OPERATION_FAILED", "FLOW_ASSIGNMENT_FAILED"]);
    expect(
      Object.values(state.crmObjects.LEAD).some(
        (lead) => lead.fields.emailAddress === "ada.byrne@newco.example",
      ),
    ).toBe(true);
  });

  it("returns the seeded bulk assignment, 404 for unknown ids and 400 above 50 prospects", async () => {
    const { call } = openSandbox();
    const seeded = await call("getFlowProspectsBulkAssignment", { path: { id: ids.flowBulkAssignmentId } });
    expect(seeded.body).toMatchObject({ status: "COMPLETED", successCount: 1, failedCount: 1 });
    expect((await call("getFlowProspectsBulkAssignment", { path: { id: "ba-none" } })).status).toBe(404);
    const tooMany = Array.from({ length: 51 }, (_, index) => ({ crmId: `003x${index}` }));
    const body = { flowId: ids.flowId, flowInstanceOwnerEmail: ids.repEmail, prospects: tooMany };
    expect((await call("submitFlowProspectsBulkAssignment", { body })).status).toBe(400);
  });
});
