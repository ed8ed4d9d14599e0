/** The product's name and version, as the user agent and the CLI report them. */
export const PRODUCT = 'self-healing-actions';
export const VERSION = '0.1.0';
