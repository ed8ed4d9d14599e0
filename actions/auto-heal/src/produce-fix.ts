import type { FailureRecord, Fix } from '../../../packages/shared/src/types.js';
import type { FixOptions } from './fixers/index.js';
import { type FixPlanContext, filesToRead, type NoFix, proposeFix } from './fixers/index.js';
import type { ChatClient } from './llm/chat.js';
import type { PreviousAttempt } from './llm/context.js';
import type { LlmOptions } from './llm/options.js';
import { type LlmFixResult, proposeLlmFix } from './llm/propose-fix.js';

/** The files a fix is made from: a commit read through the API, or a local checkout. */
export interface FileSource {
  tree: readonly string[];
  read(path: string): Promise<string | null>;
}

export interface FixAttempt {
  /** The fix to publish, when one was found. */
  fix?: Fix;
  /** Why each rule fixer declined. */
  declined: NoFix[];
  /** What the model did, when it was asked. */
  llm?: LlmFixResult;
}

export interface FixSettings {
  fix: FixOptions;
  llm?: {
    options: LlmOptions;
    chat: ChatClient;
    attemptsUsed: number;
    /** Fixes already published whose verification run failed: the model sees them and the new failure. */
    previousAttempts?: PreviousAttempt[];
  };
}

/**
 * Rule fixers first; the model only when no rule applies or every rule declined and LLM mode
 * is on. Used by the action and by `self-heal fix` alike.
 */
export async function produceFix(
  record: FailureRecord,
  source: FileSource,
  settings: FixSettings,
): Promise<FixAttempt> {
  const plan: FixPlanContext = {
    diagnosis: record.diagnosis,
    workflowPath: record.run.workflowPath,
    job: { name: record.job.name },
    ...(record.job.step ? { step: record.job.step } : {}),
    tree: source.tree,
    options: settings.fix,
  };
  const files = new Map<string, string>();
  for (const path of filesToRead(plan)) {
    const text = await source.read(path);
    if (text !== null) files.set(path, text);
  }
  const previousAttempts = settings.llm?.previousAttempts ?? [];
  // A rule would only propose its failed fix again; after a failed verification only the model can help.
  const proposal = previousAttempts.length ? { declined: [] } : await proposeFix({ ...plan, files });
  if (proposal.fix || !settings.llm) return proposal;

  const { options, chat, attemptsUsed } = settings.llm;
  const llm = await proposeLlmFix(
    {
      diagnosis: record.diagnosis,
      tree: source.tree,
      readFile: (path) => source.read(path),
      workflowPath: record.run.workflowPath,
      job: { name: record.job.name, ...(record.job.step ? { step: record.job.step.name } : {}) },
      attemptsUsed,
      ...(previousAttempts.length ? { previousAttempts } : {}),
    },
    options,
    { chat },
  );
  return { ...proposal, llm, ...(llm.status === 'fixed' ? { fix: llm.fix } : {}) };
}
