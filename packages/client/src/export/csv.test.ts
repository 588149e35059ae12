import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../../test/support/parse-csv.js";
import { callCsvRow, csvColumns, csvField, csvLine } from "./csv.js";
import type { CallRecord } from "./record.js";

const record: CallRecord = {
  id: "7782342274025937895",
  metaData: {
    id: "7782342274025937895",
    title: 'Globex, Inc. <> Acme | "Q3" pricing',
    started: "2026-08-18T16:00:00Z",
    duration: 2700,
    direction: "Conference",
    scope: "External",
    primaryUserId: "2345678901234567890",
    workspaceId: "5418723006345287811",
    url: "https://app.gong.io/call?id=7782342274025937895",
  },
  parties: [
    { name: "Dana Reyes", emailAddress: "dana.reyes@acme-sales.example", affiliation: "Internal" },
    { name: "Priya Natarajan, CFO", emailAddress: "priya.natarajan@globex.example", affiliation: "External" },
    { phoneNumber: "+14155550142" },
  ],
  transcript: [
    {
      speakerId: "1",
      speakerName: "Dana Reyes",
      affiliation: "Internal",
      topic: null,
      sentences: [{ text: "Hi Priya," }, { text: 'what does "done" look like?' }],
    },
    {
      speakerId: "9",
      speakerName: null,
      affiliation: null,
      topic: null,
      sentences: [{ text: "Hello?\nAnyone" }],
    },
  ],
};

describe("CSV", () => {
  it("quotes commas, quotes, line breaks and edge spaces, and only those", () => {
    expect(csvField("plain text")).toBe("plain text");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("line 1\nline 2")).toBe('"line 1\nline 2"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
    expect(csvField(" padded")).toBe('" padded"');
    expect(csvField(null)).toBe("");
    expect(csvField(2700)).toBe("2700");
    expect(csvLine(["a", "b,c"])).toBe('a,"b,c"\r\n');
  });

  it("defuses text a spreadsheet would run as a formula, but not numbers", () => {
    expect(csvField('=HYPERLINK("http://evil.example")')).toBe('"\'=HYPERLINK(""http://evil.example"")"');
    expect(csvField("+1 415 555 0142")).toBe("'+1 415 555 0142");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("-5")).toBe("'-5");
    expect(csvField(-5)).toBe("-5");
    expect(csvField("Pricing = value")).toBe("Pricing = value");
  });

  it("flattens a call into one row that reads back intact", () => {
    const text = csvLine(csvColumns) + csvLine(callCsvRow(record));
    const [header, row] = parseCsv(text);
    expect(header).toEqual([...csvColumns]);
    const cell = Object.fromEntries(csvColumns.map((column, i) => [column, row?.[i]]));
    expect(cell).toMatchObject({
      id: "7782342274025937895",
      title: 'Globex, Inc. <> Acme | "Q3" pricing',
      duration: "2700",
      workspaceId: "5418723006345287811",
    });
    expect(cell.parties).toBe(
      "Dana Reyes <dana.reyes@acme-sales.example> (Internal); " +
        "Priya Natarajan, CFO <priya.natarajan@globex.example> (External); +14155550142",
    );
    expect(cell.transcript).toBe('Dana Reyes: Hi Priya, what does "done" look like?\n9: Hello?\nAnyone');
  });

  it("leaves the parties and transcript cells empty when the export does not include them", () => {
    const { parties: _parties, transcript: _transcript, ...bare } = record;
    const row = callCsvRow(bare);
    expect(row.slice(-2)).toEqual(["", ""]);
  });
});
