// Corrections applied to the official spec before generation. Each one is a documented gap between the
// spec's declarations and its own prose (see shared PLATFORM.md section 13); the reason sits beside it.

type Json = Record<string, unknown>;
type Spec = { paths: Record<string, Record<string, Json>>; components: { schemas: Record<string, Json> } };

const crmObjectTypes = ["ACCOUNT", "CONTACT", "DEAL", "LEAD", "BUSINESS_USER", "STAGE"];

function param(name: string, schema: Json, required: boolean, description: string): Json {
  return { name, in: "query", required, schema, description };
}

export function patchSpec(spec: Spec): void {
  const op = (path: string, method: string): Json => {
    const found = spec.paths[path]?.[method];
    if (!found) throw new Error(`spec patch target missing: ${method.toUpperCase()} ${path}`);
    return found;
  };

  // uploadCrmData declares no parameters, but its description requires three query parameters.
  op("/v2/crm/entities", "post").parameters = [
    param(
      "integrationId",
      { type: "integer", format: "int64" },
      true,
      "Integration id returned on registration.",
    ),
    param(
      "objectType",
      { type: "string", enum: crmObjectTypes },
      true,
      "Object type of every line in the file.",
    ),
    param(
      "clientRequestId",
      { type: "string", pattern: "^[A-Za-z0-9_-]+$", maxLength: 128 },
      true,
      "Your unique id for this upload (letters, digits, '-' and '_'); reusing one returns 409.",
    ),
  ];

  // listCrmSchemaFields: the prose says objectType may be omitted (all types) and uploads accept
  // BUSINESS_USER and STAGE too. Decision: optional, all six types.
  for (const method of ["get", "post"]) {
    const params = op("/v2/crm/entity-schema", method).parameters as Json[];
    const objectType = params.find((p) => p.name === "objectType");
    if (!objectType) throw new Error("entity-schema objectType parameter missing");
    objectType.schema = { type: "string", enum: crmObjectTypes };
    if (method === "get") objectType.required = false;
  }

  // getCrmObjects: the prose says "in the request body", but a GET carries no body through fetch or most
  // proxies. Decision: keep the declared query array and cap it at the documented 100 ids.
  const getEntities = op("/v2/crm/entities", "get").parameters as Json[];
  const ids = getEntities.find((p) => p.name === "objectsCrmIds");
  if (!ids) throw new Error("objectsCrmIds parameter missing");
  ids.schema = { type: "array", items: { type: "string" }, minItems: 1, maxItems: 100 };

  // uploadCrmSchemaField declares two successes: 201 "Successfully uploaded crm schema fields" (listed first)
  // and a generic 200 "OK" (listed last, the generator's default). The 201 is the operation's answer.
  const schemaUpload = op("/v2/crm/entity-schema", "post").responses as Record<string, Json>;
  delete schemaUpload["200"];

  // Call and user ids in paths are declared plain strings, but they are Gong's numeric ids (up to 20 digits,
  // as every other declaration of them says): anything else can only be answered 404, so it is refused first.
  for (const [path, method] of [
    ["/v2/calls/{id}", "get"],
    ["/v2/calls/{id}/media", "put"],
    ["/v2/users/{id}", "get"],
    ["/v2/users/{id}/settings-history", "get"],
  ] as const) {
    const id = (op(path, method).parameters as Json[]).find((p) => p.name === "id");
    if (!id) throw new Error(`${method.toUpperCase()} ${path}: id parameter missing`);
    id.schema = { type: "string", pattern: "^\\d{1,20}$" };
  }

  // List limits the operations' prose states ("You can remove prospects from up to 200 flows in a single
  // request", "up to 100 prospects", "up to 50 prospects", "Maximum 20 flow IDs per request", "max 100"), which
  // their schemas leave out. A list of none is refused too where the list is required: it asks for nothing.
  const limits: [schema: string, property: string, minItems: number, maxItems: number][] = [
    ["UnassignFlowsRequest", "flowInstanceIds", 1, 200],
    ["AssignFlowRequestV2", "crmProspectsIds", 1, 100],
    ["FlowProspectsBulkAssignmentRequest", "prospects", 1, 50],
    ["FlowStepsRequest", "flowIds", 0, 20],
    ["IntegrationStatusRequest", "emails", 0, 100],
  ];
  for (const [name, property, minItems, maxItems] of limits) {
    const list = (spec.components.schemas[name]?.properties as Record<string, Json> | undefined)?.[property];
    if (!list) throw new Error(`spec patch target missing: ${name}.${property}`);
    Object.assign(list, minItems > 0 ? { minItems, maxItems } : { maxItems });
  }

  // The data-privacy actions (two of them erase) take "the email address" and a phone number that "must start
  // with a + (plus) sign followed by the country code, area code, and local phone number. All other non-digits
  // are ignored", declared plain strings: an empty or malformed value can name no one and is refused first.
  // E.164 numbers have at most 15 digits; the separators are those of the prose's examples.
  for (const [path, method, name] of [
    ["/v2/data-privacy/data-for-email-address", "get", "emailAddress"],
    ["/v2/data-privacy/erase-data-for-email-address", "post", "emailAddress"],
    ["/v2/data-privacy/data-for-phone-number", "get", "phoneNumber"],
    ["/v2/data-privacy/erase-data-for-phone-number", "post", "phoneNumber"],
  ] as const) {
    const found = (op(path, method).parameters as Json[]).find((p) => p.name === name);
    if (!found) throw new Error(`${method.toUpperCase()} ${path}: ${name} parameter missing`);
    found.schema =
      name === "emailAddress"
        ? { type: "string", format: "email" }
        : { type: "string", pattern: "^\\+[ ().-]*\\d(?:[ ().-]*\\d){6,14}[ ().-]*$" };
  }

  // The spec's generator rendered Java's `Object` as a bare `{type: object}`: CRM context field values (whose
  // own example is the string "Gong Inc."), log record values and CRM object field values. They are any JSON.
  for (const schema of Object.values(spec.components.schemas)) unconstrainJavaObjects(schema);

  // getCrmObjects: its prose says an object is null when Gong has no object with that id.
  const objects = spec.components.schemas.GetGenericCrmObjectsResponse as {
    properties: Record<string, Json>;
  };
  objects.properties.crmObjectsMap = {
    type: "object",
    description: "CRM objects by CRM id; null when Gong has no object with that id",
    additionalProperties: { type: "object", nullable: true, additionalProperties: {} },
  };
}

function unconstrainJavaObjects(node: unknown): void {
  if (node === null || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node as Json)) {
    const child = value as Json;
    const isBareObject =
      child !== null &&
      typeof child === "object" &&
      child.type === "object" &&
      child.properties === undefined &&
      child.additionalProperties === undefined;
    if (isBareObject) {
      const { type: _type, ...rest } = child;
      (node as Json)[key] = rest;
    } else unconstrainJavaObjects(child);
  }
}
