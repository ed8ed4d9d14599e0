import {
  booleanInput,
  durationInput,
  type InputReader,
  integerInput,
  requireInput,
} from '../../../packages/shared/src/action/inputs.js';
import { UserError } from '../../../packages/shared/src/errors.js';
import {
  checkColumnSelection,
  type DriftSettings,
  parseColumnList,
  parseColumnTypes,
  parseCorrection,
  parseDriftShare,
  parseFormat,
  parsePsiBins,
  parseSample,
  parseTests,
  parseThresholds,
} from './settings.js';

/** drift-check's inputs (action.yml), parsed and validated once. */
export interface DriftCheckInputs {
  token: string;
  reference: string;
  current: string;
  settings: DriftSettings;
  reportPath: string;
  /** Empty: no upload. */
  artifactName: string;
  /** Workflow file name or id; null: dispatch nothing. */
  retrainWorkflow: string | number | null;
  /** Null: the repository's default branch. */
  retrainRef: string | null;
  retrainInputs: Record<string, string>;
  consecutive: number;
  cooldownMs: number;
  statePath: string;
  failOnDrift: boolean;
  createIssue: boolean;
}

const label = (name: string) => `Input \`${name}\``;

export function parseInputs(read: InputReader): DriftCheckInputs {
  const settings: DriftSettings = {
    format: parseFormat(read('format'), label('format')),
    columns: parseColumnList(read('columns')),
    excludeColumns: parseColumnList(read('exclude-columns')),
    columnTypes: parseColumnTypes(read('column-types'), label('column-types')),
    tests: parseTests(read('tests'), label('tests')),
    thresholds: parseThresholds(read('thresholds'), label('thresholds')),
    driftShare: parseDriftShare(read('drift-share'), label('drift-share')),
    psiBins: parsePsiBins(read('psi-bins'), label('psi-bins')),
    correction: parseCorrection(read('correction'), label('correction')),
    sample: parseSample(read('sample'), read('seed'), { rows: label('sample'), seed: label('seed') }),
  };
  if (settings.format === undefined) delete settings.format;
  checkColumnSelection(settings, { columns: label('columns'), exclude: label('exclude-columns') });
  const workflow = read('retrain-workflow');
  return {
    token: read('token'),
    reference: requireInput(read, 'reference'),
    current: requireInput(read, 'current'),
    settings,
    reportPath: read('report-path') || 'drift-report.json',
    artifactName: artifactName(read('artifact-name')),
    retrainWorkflow: workflow ? retrainWorkflow(workflow) : null,
    retrainRef: read('retrain-ref') || null,
    retrainInputs: retrainInputs(read('retrain-inputs')),
    consecutive: integerInput(read, 'consecutive', 1, { min: 1, max: 1000 }),
    cooldownMs: durationInput(read, 'cooldown', 0),
    statePath: read('state-path') || '.drift-state.json',
    failOnDrift: booleanInput(read, 'fail-on-drift', false),
    createIssue: booleanInput(read, 'create-issue', false),
  };
}

/** A workflow file name (`retrain.yml`, or a path under .github/workflows) or a numeric id. */
function retrainWorkflow(raw: string): string | number {
  if (/^\d+$/.test(raw)) return Number(raw);
  const name = raw.replace(/^\.github\/workflows\//, '');
  if (!/^[^/\\]+\.ya?ml$/i.test(name)) {
    throw new UserError(
      `${label('retrain-workflow')} must be a workflow file name such as retrain.yml (in .github/workflows) or a workflow id, not "${raw}".`,
    );
  }
  return name;
}

// The artifact service refuses these characters in names.
const ARTIFACT_NAME_FORBIDDEN = /["<>|*?\r\n\\/:]/;

function artifactName(raw: string): string {
  if (ARTIFACT_NAME_FORBIDDEN.test(raw)) {
    throw new UserError(`${label('artifact-name')} may not contain " : < > | * ? \\ / or line breaks, not "${raw}".`);
  }
  return raw;
}

/** `{"dataset": "prod", "epochs": 3}` → string values (workflow_dispatch inputs are strings). */
function retrainInputs(raw: string): Record<string, string> {
  if (!raw) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new UserError(
      `${label('retrain-inputs')} must be a JSON object, e.g. {"dataset": "prod"}: ${(error as Error).message}.`,
    );
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UserError(`${label('retrain-inputs')} must be a JSON object, e.g. {"dataset": "prod"}, not ${raw}.`);
  }
  const inputs: Record<string, string> = {};
  for (const [name, item] of Object.entries(value)) {
    if (typeof item === 'string') inputs[name] = item;
    else if (typeof item === 'number' || typeof item === 'boolean') inputs[name] = String(item);
    else {
      throw new UserError(
        `${label('retrain-inputs')}: "${name}" must be a string, number or boolean, not ${JSON.stringify(item)}.`,
      );
    }
  }
  return inputs;
}
