/**
 * A light check of pip requirements files: every line is blank, a comment, an option, a requirement
 * (`name[extras] spec ; marker`), or a URL/path — and nothing a shell would run.
 */

const OPTION =
  /^(-r|-c|-e|-i|-f|--requirement|--constraint|--editable|--index-url|--extra-index-url|--find-links|--trusted-host|--pre|--prefer-binary|--only-binary|--no-binary|--hash|--no-index|--use-feature)\b/;
const REQUIREMENT =
  /^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?\s*(\[[A-Za-z0-9._,\s-]*\])?\s*(\(?\s*(===|==|!=|~=|<=|>=|<|>)\s*[A-Za-z0-9.*+!_-]+\s*(,\s*(===|==|!=|~=|<=|>=|<|>)\s*[A-Za-z0-9.*+!_-]+\s*)*\)?)?\s*(@\s*[^\s`$|&<>;]+)?\s*(;[\w\s.'"<>=!~()-]*)?(\s--hash=\S+)*\s*(\\)?$/;
const URL_OR_PATH = /^(\w+\+)?(https?|file|git|ssh):\/\/\S+$|^\.{0,2}\/\S*$|^\S+\.(whl|tar\.gz|zip)$/;
const SHELL = /[`$|&<>]/;

export function checkRequirementsTxt(path: string, text: string): string[] {
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '' || OPTION.test(line) || line.startsWith('--hash=')) return;
    if (REQUIREMENT.test(line)) return;
    if (SHELL.test(line.replace(/\$\{[A-Z0-9_]+\}/g, ''))) {
      errors.push(`${path} (line ${i + 1}): ${JSON.stringify(raw)} contains shell syntax`);
    } else if (!URL_OR_PATH.test(line)) {
      errors.push(`${path} (line ${i + 1}): ${JSON.stringify(raw)} is not a requirement`);
    }
  });
  return errors;
}
