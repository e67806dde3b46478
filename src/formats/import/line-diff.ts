/** The line alignment of the fidelity report: the one `dls readme --check` uses too. */
export { alignLines as diffOps, type DiffOp } from '../line-align.js';
