// Where the reader is in a story, shared with the language switch so it can carry #step-<id>.
export const position = $state({ hash: '' });
