import type { Rule } from '../rule.js';
import { ACTIONS_RULES } from './actions.js';
import { APPLE_DOTNET_RULES } from './apple-dotnet.js';
import { DOCKER_RULES } from './docker.js';
import { COMMAND_RULES, GENERIC_RULES } from './generic.js';
import { GO_RUST_RULES } from './go-rust.js';
import { JVM_RULES } from './jvm.js';
import { NATIVE_RULES } from './native.js';
import { NETWORK_RULES } from './network.js';
import { NODE_RULES } from './node.js';
import { OTHER_LANGUAGE_RULES } from './other-languages.js';
import { PYTHON_RULES } from './python.js';
import { RUBY_PHP_RULES } from './ruby-php.js';
import { SYSTEM_RULES } from './system.js';

/** The built-in rules. Order does not matter: priority decides between matches. */
export const CATALOG: readonly Rule[] = Object.freeze([
  ...ACTIONS_RULES,
  ...SYSTEM_RULES,
  ...NETWORK_RULES,
  ...DOCKER_RULES,
  ...PYTHON_RULES,
  ...NODE_RULES,
  ...JVM_RULES,
  ...GO_RUST_RULES,
  ...NATIVE_RULES,
  ...RUBY_PHP_RULES,
  ...APPLE_DOTNET_RULES,
  ...OTHER_LANGUAGE_RULES,
  ...GENERIC_RULES,
  ...COMMAND_RULES,
]);
