// Tells a terminal session (prompts, commands, their output) from a script. Mirrors the prompts that
// syntaxes/console.tmLanguage.json highlights: keep the two in step.

/** Admin commands that follow a bare `# ` root prompt; any other `# text` line is a comment, as it is in most tutorials. */
const rootCommands = 'apt|apt-get|aptitude|yum|dnf|apk|pacman|zypper|systemctl|service|useradd|usermod|passwd|mount|umount|modprobe|iptables|ufw|chown|chmod|reboot';

// Each pattern matches just the prompt (and the space after it), and looks ahead for the command that must follow.
const promptPatterns: RegExp[] = [
  /^\s*(?:\([\w.-]+\)\s+)?\$\s+(?=\S)/, // $ npm install, (venv) $ pip install
  /^\s*%\s+(?=\S)/, // % brew install (zsh)
  /^\s*(?:\([\w.-]+\)\s+)?[\w.-]+@[\w.-]+(?::\S*)?\s?[$#%]\s*(?=\S)/, // user@host:~/app$ ls, root@abc:/# ls
  /^\s*\[[^\]\n]*\]\s?[$#]\s*(?=\S)/, // [user@host app]$ make
  /^\s*(?:~|\/)[^\s$#]*\s?\$\s+(?=\S)/, // ~/project $ git status
  /^\s*PS(?:\s+[^>\n]*)?>\s*(?=\S)/, // PS C:\Users\me> dir
  /^\s*[A-Za-z]:\\[^>\n]*>\s*(?=\S)/, // C:\Users\me>dir
  /^\s*>>>\s+/, // Python REPL
  new RegExp(`^\\s*#\\s+(?=(?:sudo\\s+)?(?:${rootCommands})\\b)`), // # apt-get install … (root prompt)
  /^\s*>\s+(?![\w@/.-]+@\d)(?=\S)/, // > npm test (not npm's "> pkg@1.0.0 script" echo, which is output)
];

/** True when the line starts with a shell, PowerShell, cmd or Python REPL prompt. */
export function isPromptLine(line: string): boolean {
  return promptPatterns.some((pattern) => pattern.test(line));
}

/** The command typed after a line's prompt, or undefined when the line has no prompt (output, comments). */
export function commandAfterPrompt(line: string): string | undefined {
  for (const pattern of promptPatterns) {
    const prompt = pattern.exec(line);
    if (prompt) return line.slice(prompt[0].length);
  }
  return undefined;
}

/**
 * True when the code reads as a terminal session: its first line that is neither blank nor a `#` comment starts
 * with a prompt. (A bash script whose lines start with `$ ` is a session too: the `$` is not part of the command.)
 */
export function isConsoleSession(code: string): boolean {
  for (const line of code.split('\n')) {
    if (line.trim() === '') continue;
    if (isPromptLine(line)) return true;
    if (/^\s*#/.test(line)) continue;
    return false;
  }
  return false;
}
