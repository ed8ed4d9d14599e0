/** The parts of package.json that npm, yarn and pnpm refuse to read when they have the wrong shape. */

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;

const STRING_FIELDS = ['name', 'version', 'description', 'main', 'module', 'types', 'license', 'type'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Problems with the shape of a parsed package.json, each naming the file and field. */
export function checkPackageJsonShape(path: string, value: unknown): string[] {
  if (!isRecord(value)) return [`${path}: package.json must be a JSON object`];
  const errors: string[] = [];
  for (const field of STRING_FIELDS) {
    if (field in value && typeof value[field] !== 'string') errors.push(`${path}: "${field}" must be a string`);
  }
  if (typeof value.name === 'string' && !/^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(value.name)) {
    errors.push(`${path}: "name" ${JSON.stringify(value.name)} is not a valid package name`);
  }
  for (const field of [...DEPENDENCY_FIELDS, 'scripts'] as const) {
    if (!(field in value)) continue;
    const section = value[field];
    if (!isRecord(section)) {
      errors.push(`${path}: "${field}" must be an object`);
      continue;
    }
    for (const [key, spec] of Object.entries(section)) {
      if (typeof spec !== 'string') errors.push(`${path}: "${field}"."${key}" must be a string`);
    }
  }
  const deps = DEPENDENCY_FIELDS.filter((f) => f !== 'peerDependencies').flatMap((f) =>
    isRecord(value[f]) ? Object.keys(value[f] as object).map((k) => [k, f] as const) : [],
  );
  const seen = new Map<string, string>();
  for (const [name, field] of deps) {
    const other = seen.get(name);
    if (other && !(other === 'dependencies' && field === 'optionalDependencies')) {
      errors.push(`${path}: "${name}" is in both "${other}" and "${field}"`);
    }
    seen.set(name, field);
  }
  return errors;
}
