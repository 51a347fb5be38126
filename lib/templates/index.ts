/**
 * Reply templates: the pack format (schema.ts), importing a pack (import.ts), variables and
 * filling (variables.ts), suggestions for a mention (suggest.ts), staleness after a new statement
 * (stale.ts). The consistency check is lint.ts: import it from there (it loads compromise; keep it
 * out of the background worker, which may use everything re-exported here).
 */
export * from './schema.ts';
export { parsePack, type PackImportOptions } from './import.ts';
export {
  VARIABLES,
  MAX_PROMPT_CHARS,
  scanVariables,
  fillTemplate,
  askPrompts,
  formatNextUpdate,
  statementTextFor,
  cleanValue,
  type VariableName,
  type VariableToken,
  type FillValues,
  type FillOptions,
  type FillResult,
  type MissingValue,
  type MissingReason,
} from './variables.ts';
export { suggestTemplates, variantFor, type SuggestContext, type Suggestion, type SuggestReason } from './suggest.ts';
export { staleTemplates, statesIncidentFacts, approvedAgainstOlder, type StaleTemplate, type FactEvidence } from './stale.ts';
export { xLength, xOverLimit, X_MAX_WEIGHTED, type XLength } from './x-length.ts';
export { LINT_RULES, LINT_RULE_IDS, renderMessage, blocks, type Finding, type LintRule, type MessageRef, type Severity } from './findings.ts';
export type { ImportIssue, ImportResult } from '../json-import.ts';
