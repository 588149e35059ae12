// What a tools/list costs a model's context, per mode, counted with a real tokenizer (o200k_base).
import type { Group } from "@gongkit/client/internal/catalog/types.js";
import { listedTools } from "./server.js";
import { tokensOf } from "./tool-kit.js";

export interface ToolListSize {
  mode: string;
  tools: number;
  tokens: number;
}

export function toolListTokens(tools: readonly unknown[]): number {
  return tokensOf(JSON.stringify({ tools }));
}

/** Sizes as a default server lists them (destructive tools gated, paid-credit actions left out). */
export function toolListSizes(options: { toolsets?: readonly Group[] } = {}): ToolListSize[] {
  const modes: [string, unknown[]][] = [
    ["all tools", listedTools(options)],
    ["read-only", listedTools({ ...options, readOnly: true })],
    ["discovery", listedTools({ ...options, mode: "discovery" })],
  ];
  return modes.map(([mode, tools]) => ({ mode, tools: tools.length, tokens: toolListTokens(tools) }));
}
