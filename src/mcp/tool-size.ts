// What a tools/list costs a model's context, per mode, counted with a real tokenizer (o200k_base).
import { countTokens } from "gpt-tokenizer";
import { type ActionSelection, selectActions, toolOf } from "./action-tools.js";
import { discoveryTools } from "./discovery.js";

export interface ToolListSize {
  mode: string;
  tools: number;
  tokens: number;
}

export function toolListTokens(tools: readonly unknown[]): number {
  return countTokens(JSON.stringify({ tools }));
}

export function toolListSizes(options: Pick<ActionSelection, "toolsets"> = {}): ToolListSize[] {
  const modes: [string, unknown[]][] = [
    ["all tools", selectActions(options).map((action) => toolOf(action, true))],
    ["read-only", selectActions({ ...options, readOnly: true }).map((action) => toolOf(action, true))],
    ["discovery", discoveryTools(true)],
  ];
  return modes.map(([mode, tools]) => ({ mode, tools: tools.length, tokens: toolListTokens(tools) }));
}
