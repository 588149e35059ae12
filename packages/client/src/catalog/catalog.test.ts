// Checks the hand-written catalogue overlays against the generated actions and Gong's official spec.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generatedActions } from "./generated/actions.js";
import { aiOverlay } from "./groups/ai.js";
import { callsOverlay } from "./groups/calls.js";
import { crmOverlay } from "./groups/crm.js";
import { engageOverlay } from "./groups/engage.js";
import { libraryOverlay } from "./groups/library.js";
import { meetingsOverlay } from "./groups/meetings.js";
import { permissionsOverlay } from "./groups/permissions.js";
import { privacyOverlay } from "./groups/privacy.js";
import { settingsOverlay } from "./groups/settings.js";
import { statsOverlay } from "./groups/stats.js";
import { usersOverlay } from "./groups/users.js";
import { type Action, type ActionId, allActionIds, catalog, sampleIds } from "./index.js";

const overlays = [
  aiOverlay,
  callsOverlay,
  crmOverlay,
  engageOverlay,
  libraryOverlay,
  meetingsOverlay,
  permissionsOverlay,
  privacyOverlay,
  settingsOverlay,
  statsOverlay,
  usersOverlay,
];
const actions = [...catalog.values()];
const byId = (id: ActionId): Action => {
  const action = catalog.get(id);
  if (!action) throw new Error(`no overlay for ${id}`);
  return action;
};

// Official spec lookup, with $refs resolved (schema names may contain spaces, URI-encoded in refs).
type Json = Record<string, unknown>;
type Spec = { paths: Record<string, Record<string, Json>>; components: { schemas: Record<string, Json> } };
const specs: Record<"current" | "legacy", Spec> = {
  current: JSON.parse(readFileSync(join(import.meta.dirname, "../../../../spec/gong-openapi.json"), "utf8")),
  legacy: JSON.parse(
    readFileSync(join(import.meta.dirname, "../../../../spec/gong-openapi-legacy-2025-01.json"), "utf8"),
  ),
};
function resolve(spec: Spec, schema: Json | undefined): Json | undefined {
  let current = schema;
  for (let depth = 0; current && typeof current.$ref === "string" && depth < 20; depth++) {
    const name = decodeURIComponent(current.$ref.replace("#/components/schemas/", ""));
    current = spec.components.schemas[name];
  }
  return current;
}
/** The top-level properties of an action's official success response body. */
function successProperties(action: Action): Record<string, Json> {
  const spec = specs[action.route.spec];
  const operation = spec.paths[action.route.path]?.[action.route.method.toLowerCase()] as
    | { responses: Record<string, { content?: Record<string, { schema: Json }> }> }
    | undefined;
  if (!operation) throw new Error(`official spec has no ${action.route.method} ${action.route.path}`);
  const content = operation.responses[String(action.route.successStatus)]?.content ?? {};
  const schema = resolve(spec, Object.values(content)[0]?.schema);
  const properties = (schema?.properties ?? {}) as Record<string, Json>;
  return Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [key, resolve(spec, value) ?? {}]),
  );
}

const inputKeys = (action: Action): string[] => {
  const shape = (action.input as unknown as { shape?: Record<string, unknown> }).shape;
  return Object.keys(shape ?? {});
};

/** Every string inside a value, with the key it sits under. */
function strings(value: unknown, key = ""): [string, string][] {
  if (typeof value === "string") return [[key, value]];
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, key));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

describe("catalogue overlays", () => {
  it("give every generated action exactly one overlay", () => {
    const counts = new Map<string, number>();
    for (const overlay of overlays) {
      for (const id of Object.keys(overlay)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const id of allActionIds) expect(counts.get(id), id).toBe(1);
    for (const id of counts.keys()) expect(Object.hasOwn(generatedActions, id), id).toBe(true);
    expect(catalog.size).toBe(allActionIds.length);
  });

  it.each(actions.map((a) => [a.id, a] as const))("%s has a summary, a description and examples", (_, a) => {
    expect(a.summary.trim().length).toBeGreaterThan(0);
    expect(a.summary.length).toBeLessThanOrEqual(100);
    expect(a.summary).not.toMatch(/\n/);
    expect(a.description.trim().length).toBeGreaterThan(40);
    expect(a.examples.length).toBeGreaterThanOrEqual(1);
    for (const example of a.examples) expect(example.title.trim().length).toBeGreaterThan(0);
  });

  it.each(actions.map((a) => [a.id, a] as const))("%s examples pass the input schema", (_, a) => {
    for (const example of a.examples) {
      const result = a.input.safeParse(example.input);
      expect(result.success ? [] : result.error.issues, `${a.id}: ${example.title}`).toEqual([]);
    }
  });

  it("examples use only the sample ids for Gong and CRM identifiers", () => {
    const known = new Set<string>(Object.values(sampleIds));
    for (const a of actions) {
      for (const example of a.examples) {
        for (const [key, value] of strings(example.input)) {
          // Long digit strings are Gong ids; they must be seeded sample ids, not invented ones.
          if (/^\d{12,}$/.test(value)) expect(known.has(value), `${a.id} ${key}=${value}`).toBe(true);
        }
      }
    }
  });

  it("examples keep stats date ranges inside the dataset window", () => {
    const first = sampleIds.datasetFrom.slice(0, 10);
    const last = sampleIds.sandboxNow.slice(0, 10);
    for (const a of actions.filter((x) => x.route.path.startsWith("/v2/stats/"))) {
      for (const example of a.examples) {
        for (const [key, value] of strings(example.input)) {
          if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) continue;
          expect(value >= first && value <= last, `${a.id} ${key}=${value}`).toBe(true);
        }
      }
    }
  });

  it("multipart examples point at the fixture files", () => {
    for (const a of actions) {
      if (a.route.body.kind !== "multipart") continue;
      for (const example of a.examples) {
        for (const field of a.route.body.fileFields) {
          expect(String(example.input[field]), `${a.id}.${field}`).toMatch(/^test\/fixtures\/[\w.-]+$/);
        }
      }
      expect(a.quirks?.notes?.join(" "), a.id).toMatch(/local file/);
    }
  });
});

describe("paging", () => {
  it.each(actions.map((a) => [a.id, a] as const))(
    "%s has paging exactly when its input has a cursor",
    (_, a) => {
      const paginated = inputKeys(a).includes("cursor");
      expect(Boolean(a.paging), a.id).toBe(paginated);
      if (!a.paging) return;
      if (a.route.method === "GET") {
        expect(a.paging.cursorIn).toBe("query");
        expect(a.route.queryParams).toContain("cursor");
      } else {
        expect(a.paging.cursorIn).toBe("body");
        expect(a.route.body.kind === "json" && a.route.body.keys.includes("cursor")).toBe(true);
      }
    },
  );

  it.each(actions.filter((a) => a.paging).map((a) => [a.id, a] as const))(
    "%s itemsKey is an array in the official success response",
    (_, a) => {
      const properties = successProperties(a);
      const key = a.paging?.itemsKey ?? "";
      expect(Object.keys(properties), a.id).toContain(key);
      expect(properties[key]?.type, `${a.id}.${key}`).toBe("array");
      expect(Object.keys(properties)).toContain("records");
    },
  );

  it("the task list has no paging", () => {
    expect(byId("GONG_LIST_TASKS").paging).toBeUndefined();
  });
});

describe("quirks", () => {
  it("emptyOn404 is set for exactly the endpoints that answer 404 when nothing matches", () => {
    const expected = [
      "GET /v2/calls",
      "POST /v2/calls/extensive",
      "POST /v2/calls/transcript",
      "POST /v2/users/extensive",
      "POST /v2/stats/interaction",
      "GET /v2/logs",
      "GET /v2/library/folders",
      "GET /v2/library/folder-content",
    ];
    const flagged = new Set(
      actions.filter((a) => a.quirks?.emptyOn404).map((a) => `${a.route.method} ${a.route.path}`),
    );
    expect([...flagged].sort()).toEqual([...expected].sort());
    for (const a of actions) {
      if (expected.includes(`${a.route.method} ${a.route.path}`))
        expect(a.quirks?.emptyOn404, a.id).toBe(true);
    }
  });
});

describe("de-duplication keys", () => {
  it("name an input field of a write that is not otherwise safe to repeat", () => {
    const keyed = [...catalog.values()].filter((action) => action.quirks?.dedupKey);
    expect(keyed.map((action) => action.id).sort()).toEqual([
      "GONG_ADD_NEW_CALL_V2_CALLS",
      "GONG_DELETE_A_GENERIC_CRM_INTEGRATION_V2_CRM_INTEGRATIONS",
      "GONG_UPLOAD_CRM_OBJECTS_V2_CRM_ENTITIES",
    ]);
    for (const action of keyed) {
      const shape = (action.input as unknown as { shape: Record<string, unknown> }).shape;
      expect(Object.keys(shape), action.id).toContain(action.quirks?.dedupKey);
      expect(action.safety.readOnly || action.safety.idempotent, action.id).toBe(false);
    }
  });
});

describe("safety", () => {
  it.each(actions.map((a) => [a.id, a] as const))("%s has consistent safety flags", (_, a) => {
    if (a.safety.destructive) expect(a.safety.readOnly).toBe(false);
    if (a.safety.readOnly && !a.safety.paidCredits) expect(a.safety.idempotent).toBe(true);
  });

  it("only the two AI actions consume paid credits, and they say so", () => {
    const paid = actions.filter((a) => a.safety.paidCredits).map((a) => a.id);
    expect(paid.sort()).toEqual(["GONG_ASK_ENTITY", "GONG_GET_ENTITY_BRIEF"]);
    for (const id of paid) {
      expect(byId(id).safety.readOnly).toBe(true);
      expect(byId(id).description).toMatch(/credits/);
      expect(byId(id).description).toMatch(/402/);
    }
  });

  it("marks the actions that delete, erase, revoke or overwrite as destructive", () => {
    const destructive = actions.filter((a) => a.safety.destructive).map((a) => a.id);
    expect(destructive.sort()).toEqual(
      [
        "GONG_ERASE_DATA_FOR_EMAIL_ADDRESS",
        "GONG_ERASE_DATA_FOR_PHONE_NUMBER",
        "GONG_DELETE_MEETING",
        "GONG_DELETE_A_GENERIC_CRM_INTEGRATION_V2_CRM_INTEGRATIONS",
        "GONG_UNASSIGN_FLOWS_BY_CRM_ID",
        "GONG_UNASSIGN_FLOWS_BY_INSTANCE_ID",
        "GONG_DELETE_USERS_FROM_CALL_ACCESS_LIST",
        "GONG_CREATE_PERMISSION_PROFILE_V2_PERMISSION_PROFILE",
        "GONG_UPDATE_PERMISSION_PROFILE_V2_PERMISSION_PROFILE",
        "GONG_UPLOAD_CRM_OBJECTS_V2_CRM_ENTITIES",
        "GONG_UPLOAD_CRM_SCHEMA_FIELDS_V2_CRM_ENTITY_SCHEMA",
      ].sort(),
    );
  });

  it("treats reads sent as POST (or with misleading ids) as reads", () => {
    const reads: ActionId[] = [
      "GONG_RETRIEVE_FILTERED_CALL_DETAILS",
      "GONG_GET_CALL_TRANSCRIPT",
      "GONG_LIST_USERS_BY_FILTER_V2_USERS_EXTENSIVE",
      "GONG_AGGREGATE_ACTIVITY_BY_PERIOD_VIA_API",
      "GONG_AGGREGATE_USER_ACTIVITY_STATISTICS",
      "GONG_CREATE_ACTIVITY_SCORECARDS_REPORT",
      "GONG_POST_DAY_BY_DAY_ACTIVITY_STATS",
      "GONG_GET_INTERACTION_STATISTICS",
      "GONG_LIST_TASKS",
      "GONG_MANAGE_USER_CALL_ACCESS",
      "GONG_GET_FLOW_PROSPECTS",
      "GONG_GET_FLOW_STEPS",
      "GONG_VALIDATE_MEETING_INTEGRATION",
    ];
    for (const id of reads) expect(byId(id).safety, id).toMatchObject({ readOnly: true, destructive: false });
  });

  it("says where the id misleads", () => {
    const manage = byId("GONG_MANAGE_USER_CALL_ACCESS");
    expect(manage.description).toMatch(/only reads/i);
    expect(byId("GONG_CREATE_ACTIVITY_SCORECARDS_REPORT").description).toMatch(/only READS/);
    expect(byId("GONG_RETRIEVE_TRANSCRIPTS_OF_CALLS_V2_CALLS_TRANSCRIPT").description).toMatch(
      /Deprecated.*GONG_GET_CALL_TRANSCRIPT/s,
    );
    expect(byId("GONG_RETRIEVE_MANUAL_CRM_CALL_ASSOCIATIONS").description).toMatch(/beta/i);
    for (const id of [
      "GONG_CREATE_A_NEW_GONG_MEETING_V2_MEETINGS",
      "GONG_UPDATE_A_GONG_MEETING_V2_MEETINGS_MEETING_ID",
      "GONG_DELETE_MEETING",
      "GONG_VALIDATE_MEETING_INTEGRATION",
    ] as const) {
      expect(byId(id).description, id).toMatch(/Limited release/);
    }
    for (const id of [
      "GONG_REPORT_CONTENT_SHARE_EVENT",
      "GONG_REPORT_CONTENT_VIEW_EVENT",
      "GONG_REPORT_CUSTOM_ENGAGEMENT_EVENT",
    ] as const) {
      expect(byId(id).description, id).toMatch(/superseded by GONG_POST_A_DIGITAL_INTERACTION/);
    }
    for (const id of ["GONG_ERASE_DATA_FOR_EMAIL_ADDRESS", "GONG_ERASE_DATA_FOR_PHONE_NUMBER"] as const) {
      expect(byId(id).description, id).toMatch(/Irreversibly/);
      expect(byId(id).description, id).toMatch(/asynchronously/);
    }
  });
});
