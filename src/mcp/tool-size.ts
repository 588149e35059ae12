// What a tools/list costs a model's context, per mode, counted with a real tokenizer (o200k_base).
import { countTokens } from "gpt-tokenizer";
import { discoveryTools } from "./discovery.js";
import { type GongMcpServerOptions, selectActions, toolOf } from "./server.js";

export interface ToolListSize {
  mode: string;
  tools: number;
  tokens: number;
}

export function toolListTokens(tools: readonly unknown[]): number {
  return countTokens(JSON.stringify({ tools }));
}

export function toolListSizes(options: Pick<GongMcpServerOptions, "toolsets"> = {}): ToolListSize[] {
  const modes: [string, unknown[]][] = [
    ["all tools", selectActions(options).map(toolOf)],
    ["read-only", selectActions({ ...options, readOnly: true }).map(toolOf)],
    ["discovery", discoveryTools],
  ];
  return modes.map(([mode, tools]) => ({ mode, tools: tools.length, tokens: toolListTokens(tools) }));
}
