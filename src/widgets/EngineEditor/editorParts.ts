// The heavy half of the engine editor, in its own chunk: CodeMirror and Sucrase arrive only when a
// reader presses Edit.
export { CodeEditor } from './CodeEditor';
export { stripTypes } from './strip';
