import type { Snippet } from '../core/model';
import { commandAfterPrompt, isConsoleSession } from '../core/snippets/consoleSession';
import { languageIdFor } from '../core/snippets/languages';

// Which code blocks are shell commands, and what of them "Send to Terminal" pastes. Pure: unit-tested in plain Node.

/** Language ids whose blocks a terminal can take: scripts (bash, sh, zsh…), console sessions, PowerShell. */
const shellLanguageIds = new Set(['shellscript', 'tutorial-console', 'powershell']);

/** A block a terminal can take: its fence says shell, or (unmarked) its detected language does. */
export function isShellSnippet(snippet: Pick<Snippet, 'lang'>, detectedLanguageId?: string): boolean {
  return shellLanguageIds.has(languageIdFor(snippet.lang)) || (!snippet.lang && detectedLanguageId !== undefined && shellLanguageIds.has(detectedLanguageId));
}

/**
 * The text "Send to Terminal" pastes. A console session sends only its commands: prompts stripped, output
 * lines dropped, `\` continuation lines kept. A script is sent as written. Never ends with a newline:
 * the user reads it and presses Enter.
 */
export function terminalTextFor(code: string): string {
  // Control characters are invisible in the preview but not to a shell: ESC [201~ would end the bracketed paste
  // early and Ctrl-O would run the line. Article code never needs them, so none reaches the terminal.
  const normalized = code.replace(/\r\n?/g, '\n').replace(/(?![\t\n])\p{Cc}/gu, '');
  if (!isConsoleSession(normalized)) return normalized.replace(/\s+$/, '');
  const commands: string[] = [];
  let continuing = false;
  for (const line of normalized.split('\n')) {
    if (continuing) {
      commands.push(line);
    } else {
      const command = commandAfterPrompt(line);
      if (command === undefined) continue;
      commands.push(command);
    }
    continuing = /\\\s*$/.test(line);
  }
  return commands.join('\n').replace(/\s+$/, '');
}

/** True when the text must go through the terminal's own paste: more than one line could run before Enter. */
export function needsTerminalPaste(text: string): boolean {
  return text.includes('\n');
}
