import { sampleIds as ids } from "@gongkit/client/internal/catalog/sample-ids.js";
import { describe, expect, it } from "vitest";
import { createRandom } from "../random.js";
import { buildCoreState } from "./core.js";
import { seedCrm } from "./crm-data.js";
import { seedEngage } from "./engage-data.js";
import { defaultSeed } from "./ids.js";

const core = buildCoreState(defaultSeed, new Date(ids.sandboxNow));
const engage = seedEngage(core, createRandom(2));
const crm = seedCrm(core, createRandom(1));
const aboveSafe = (id: string) => BigInt(id) > BigInt(Number.MAX_SAFE_INTEGER);

describe("engage seed", () => {
  it("holds the catalogue's sample flow, folder, instance, bulk assignment and task", () => {
    const flow = engage.flows.find((item) => item.id === ids.flowId);
    expect(flow).toMatchObject({ ownerEmail: ids.repEmail, folderId: ids.flowFolderId });
    expect(engage.flowFolders.some((folder) => folder.id === ids.flowFolderId)).toBe(true);
    expect(engage.flowInstances.find((instance) => instance.id === ids.flowInstanceId)).toMatchObject({
      flowId: ids.flowId,
      crmProspectId: ids.crmContactId,
      status: "Running",
    });
    expect(engage.flowBulkAssignments.map((bulk) => bulk.id)).toEqual([ids.flowBulkAssignmentId]);
    expect(engage.tasks.find((task) => task.id === ids.taskId)).toMatchObject({
      userId: ids.repUserId,
      flowId: ids.flowId,
    });
  });

  it("uses int64 ids above 2^53 for flows, steps and tasks, all distinct", () => {
    const stepIds = engage.flows.flatMap((flow) => flow.steps.map((step) => step.id));
    const taskIds = engage.tasks.map((task) => task.id);
    for (const id of [...engage.flows.map((flow) => flow.id), ...stepIds, ...taskIds])
      expect(aboveSafe(id)).toBe(true);
    expect(new Set(stepIds).size).toBe(stepIds.length);
    expect(new Set(taskIds).size).toBe(taskIds.length);
  });

  it("only refers to CRM prospects, flows, steps and users that exist", () => {
    const userIds = new Set(core.users.map((user) => user.id));
    for (const instance of engage.flowInstances) {
      expect(
        crm.crmObjects.CONTACT[instance.crmProspectId] ?? crm.crmObjects.LEAD[instance.crmProspectId],
      ).toBeDefined();
      expect(engage.flows.some((flow) => flow.id === instance.flowId)).toBe(true);
    }
    for (const task of engage.tasks) {
      expect(userIds.has(task.userId)).toBe(true);
      const flow = engage.flows.find((item) => item.id === task.flowId);
      if (task.flowId) expect(flow?.steps.some((step) => step.id === task.stepId)).toBe(true);
      if (task.contactCrmId) expect(crm.crmObjects.CONTACT[task.contactCrmId]).toBeDefined();
    }
  });

  it("is deterministic", () => {
    expect(seedEngage(core, createRandom(2))).toEqual(engage);
  });
});
