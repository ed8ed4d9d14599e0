/**
 * Checks for names that come from log text (diagnosis facts) before they go into a file or a shell command.
 * Anything that is not plainly a name is refused, not escaped.
 */

/** A command as typed at a shell prompt: no paths, no spaces, no shell syntax. */
export function isSafeCommandName(command: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/.test(command);
}

/** A Python import path such as `yaml` or `google.cloud.storage`. */
export function isPythonImportName(module: string): boolean {
  return module.length <= 200 && /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(module);
}

/** A PyPI distribution name (PEP 508), optionally with extras: `PyYAML`, `uvicorn[standard]`. */
export function isPythonDistributionName(name: string): boolean {
  return (
    name.length <= 200 &&
    /^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?(\[[A-Za-z0-9._-]+(,[A-Za-z0-9._-]+)*\])?$/.test(name)
  );
}

/** An npm package name, scoped or not (the registry's rules, lower case). */
export function isNpmPackageName(name: string): boolean {
  return name.length <= 214 && /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(name);
}

/** A plain version number such as `1.2.3` or `2.0.0-rc.1`, safe inside a manifest and a shell word. */
export function isPlainVersion(version: string): boolean {
  return version.length <= 64 && /^v?\d+(\.\d+){0,3}([.-]?[A-Za-z0-9]+(\.[A-Za-z0-9]+)*)?$/.test(version);
}

/** PEP 503 normalised project name, for comparing `PyYAML` with `pyyaml` or `typing_extensions`. */
export function normalisePythonName(name: string): string {
  return name
    .replace(/\[.*$/, '')
    .toLowerCase()
    .replace(/[-_.]+/g, '-');
}
