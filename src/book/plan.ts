// The planned table of contents: every chapter the book will have, in order,
// so the home page can show chapters not written yet as "coming". A written chapter's frontmatter wins
// over this list; tests/book/plan.test.ts checks that the two agree where both exist.
//
// In a chapter's frontmatter, `part` is the part's id below ("Preface", "I" … "VII", "Appendix").
import type { ChapterNumber } from './chapterMeta';

export interface Part {
  /** What a chapter's frontmatter writes as `part`. */
  id: string;
  /** The heading shown in the tables of contents. */
  title: string;
}

export interface PlannedChapter {
  number: ChapterNumber;
  part: string;
  title: string;
}

export const PARTS: readonly Part[] = [
  { id: 'Preface', title: 'Preface' },
  { id: 'I', title: 'Part I · The Forward Pass' },
  { id: 'II', title: 'Part II · Learning' },
  { id: 'III', title: 'Part III · Optimizers' },
  { id: 'IV', title: 'Part IV · Networks' },
  { id: 'V', title: 'Part V · Modules and Data' },
  { id: 'VI', title: 'Part VI · The GPU' },
  { id: 'VII', title: 'Part VII · Transformers' },
  { id: 'Appendix', title: 'Appendix' },
];

const chapter = (number: ChapterNumber, part: string, title: string): PlannedChapter => ({ number, part, title });

export const PLAN: readonly PlannedChapter[] = [
  chapter(0, 'Preface', 'How to Read This Book'),
  chapter(1, 'I', 'What Is a Deep Learning Framework?'),
  chapter(2, 'I', 'Tensor Basics'),
  chapter(3, 'I', 'Operators and Broadcasting'),
  chapter(4, 'II', 'Loss Functions'),
  chapter(5, 'II', 'The Computational Graph'),
  chapter(6, 'II', 'Backpropagation'),
  chapter(7, 'II', 'Your First Training Loop'),
  chapter(8, 'III', 'Optimizer Design'),
  chapter(9, 'III', 'SGD with Momentum'),
  chapter(10, 'III', 'Adam and AdamW'),
  chapter(11, 'III', 'Learning-Rate Schedules'),
  chapter(12, 'IV', 'Activation Functions'),
  chapter(13, 'IV', 'Regularization'),
  chapter(14, 'IV', 'Normalization'),
  chapter(15, 'IV', 'An MLP for Iris'),
  chapter(16, 'V', 'Modules and Parameters'),
  chapter(17, 'V', 'Containers'),
  chapter(18, 'V', 'Datasets'),
  chapter(19, 'V', 'The DataLoader'),
  chapter(20, 'V', 'Saving and Loading'),
  chapter(21, 'V', 'Exporting a Model'),
  chapter(22, 'V', 'Putting the Pieces Together'),
  chapter(23, 'VI', 'Introduction to GPU Computing'),
  chapter(24, 'VI', 'Backend Abstraction'),
  chapter(25, 'VI', 'Training on the GPU Backend'),
  chapter(26, 'VII', 'Embeddings'),
  chapter(27, 'VII', 'Attention'),
  chapter(28, 'VII', 'Causal Multi-Head Attention'),
  chapter(29, 'VII', 'The Transformer Block'),
  chapter(30, 'VII', 'Building GPT'),
  chapter(31, 'VII', 'Training and Generating Text'),
  chapter('A1', 'Appendix', 'Design Decisions'),
];
