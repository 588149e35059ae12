// What a tools/list costs a model's context, per mode, counted with a real tokenizer (o200k_base).
import type { Group } from "@gongkit/client/internal/catalog/types.js";
import { defaultSelection } from "./default-tools.js";
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

/**
 * Sizes as a server lists them (destructive tools gated, paid-credit actions left out): the CLI's curated
 * default (when no toolsets are named), then every action, the read-only ones and discovery, within the toolsets.
 */
export function toolListSizes(options: { toolsets?: readonly Group[] } = {}): ToolListSize[] {
  const modes: [string, unknown[]][] = [
    ...(options.toolsets ? [] : [["default", listedTools(defaultSelection())] as [string, unknown[]]]),
    ["all tools", listedTools(options)],
    ["read-only", listedTools({ ...options, readOnly: true })],
    ["discovery", listedTools({ ...options, mode: "discovery" })],
  ];
  return modes.map(([mode, tools]) => ({ mode, tools: tools.length, tokens: toolListTokens(tools) }));
}
