// Constructs that only one language (or one family) writes, weighted: evidence for each language a block may be
// in, read in microseconds. VS Code's model (languageModel.ts) is the better judge of long, ordinary code, but it
// costs ~30 ms a block and is unsure of the short snippets tutorials are full of; these signals decide what is
// plain from the syntax, and tip the model's scores where it hesitates.

/** [language id, pattern, weight]: a line matching the pattern is that much evidence for the language. */
type Signal = readonly [string, RegExp, number];

export const signals: readonly Signal[] = [
  // C#
  ['csharp', /^\s*using\s+System(?:\.\w+)*\s*;/, 4],
  ['csharp', /^\s*namespace\s+[\w.]+\s*[{;]?\s*$/, 2],
  ['csharp', /\b(?:public|private|protected|internal)\s+(?:static\s+|async\s+|override\s+|virtual\s+)*(?:Task(?:<[\w<>, ]+>)?|void|string|int|bool|IActionResult|ActionResult(?:<[\w<>]+>)?)\s+\w+\s*\(/, 3],
  ['csharp', /\bConsole\.Write(?:Line)?\(/, 4],
  ['csharp', /\bawait\s+[\w.]+\.\w+Async\(/, 3],
  ['csharp', /\bvar\s+\w+\s*=\s*(?:await\s+)?(?:new\s+[A-Z]\w*|[A-Z]\w*\.\w+)/, 1.5],
  ['csharp', /\bforeach\s*\(\s*var\s+\w+\s+in\s+/, 3],
  ['csharp', /^\s*\[(?:HttpGet|HttpPost|HttpPut|HttpDelete|Route|ApiController|Authorize|Fact|Test|JsonPropertyName)\b/, 3],
  ['csharp', /\b(?:builder|services|app)\.(?:Services\.)?(?:Add|Use|Map)\w+\(|\b_?logger\.Log(?:Information|Warning|Error|Debug|Critical)\(/, 4],
  ['csharp', /\.(?:Add|Use|Get|Set|To|With|Create|Map)[A-Z]\w*\(/, 1],
  ['csharp', /\{\s*get;\s*(?:private\s+)?set;\s*\}/, 4],
  ['csharp', /\bstring\??\s+\w+\s*[=;,)]/, 1],
  ['csharp', /\.(?:Where|Select|SelectMany|OrderBy|OrderByDescending|FirstOrDefault|ToList|ToListAsync|Any|GroupBy|Include)\(|\b\d+(?:\.\d+)?m\b/, 3],
  // Java
  ['java', /\bpublic\s+static\s+void\s+main\s*\(\s*String/, 5],
  ['java', /\bSystem\.out\.print(?:ln|f)?\(/, 4],
  ['java', /^\s*import\s+(?:static\s+)?(?:java|javax|org|com)\.[\w.*]+;/, 4],
  ['java', /^\s*@(?:Override|RestController|Service|Autowired|SpringBootApplication|GetMapping|PostMapping|Entity|Test|Bean|Component)\b/, 3],
  ['java', /\bnew\s+(?:ArrayList|HashMap|HashSet|LinkedList)<[\w<>, ]*>\s*\(/, 3],
  ['java', /\b(?:public|private|protected)\s+(?:final\s+|static\s+)*(?:[A-Z]\w*(?:<[\w<>, ?]+>)?|int|long|boolean|void|double)\s+\w+\s*(?:\(|=|;)/, 1.5],
  ['java', /^\s*package\s+[a-z][\w.]*;\s*$/, 4],
  ['java', /\.stream\(\)|\bCollectors\.\w+\(|\b(?:List|Map|Set|Optional)<[\w<>, ]+>\s+\w+\s*=|\b\w+::\w+/, 2],
  // Kotlin
  ['kotlin', /^\s*(?:suspend\s+|private\s+|override\s+)*fun\s+(?:<[^>]+>\s*)?[\w.]+\s*\(/, 3],
  ['kotlin', /^\s*(?:val|var)\s+\w+\s*(?::\s*[\w<>?, ]+)?\s*=/, 1.5],
  ['kotlin', /^\s*data\s+class\s+\w+\s*\(/, 4],
  ['kotlin', /\b(?:listOf|mutableListOf|mapOf|setOf)\(|\bprintln\(/, 1.5],
  ['scala', /\(\d+\s+(?:to|until)\s+\d+\)|\(_\s*[%+*<>=-]|\b_\.\w+|\bdef\s+\w+\s*(?:\([^)]*\))?\s*:\s*[A-Z]\w*/, 3],
  // Go
  ['go', /^\s*package\s+\w+\s*$/, 3],
  ['go', /^\s*func\s+(?:\([^)]*\)\s*)?\w+\s*\(/, 3],
  ['go', /\b\w+\s*:=\s*/, 2],
  ['go', /\bif\s+err\s*!=\s*nil\b/, 4],
  ['go', /\bfmt\.(?:Print|Sprint|Fprint|Errorf)\w*\(/, 4],
  ['go', /^\s*import\s+\(\s*$|^\s*import\s+"[\w./-]+"\s*$/, 3],
  ['go', /\bgo\s+func\s*\(|\bchan\s+\w+|\bdefer\s+\w/, 3],
  ['go', /\b(?:http|json|os|log|strings|context|time)\.[A-Z]\w*/, 1],
  // Rust
  ['rust', /^\s*(?:pub(?:\(crate\))?\s+)?(?:async\s+)?fn\s+\w+\s*(?:<[^>]*>)?\s*\(/, 3],
  ['rust', /\blet\s+mut\s+\w+/, 4],
  ['rust', /\b(?:println|format|vec|panic|eprintln|assert_eq|write|writeln)!\s*[([]/, 4],
  ['rust', /^\s*use\s+(?:std|crate|super|tokio|serde)::/, 4],
  ['rust', /^\s*#\[(?:derive|tokio::main|test|cfg|allow)\b/, 4],
  ['rust', /^\s*impl(?:<[^>]*>)?\s+[\w<>]+(?:\s+for\s+\w+)?\s*\{/, 3],
  ['rust', /\.unwrap\(\)|\.expect\("|->\s*Result<|&(?:mut\s+)?(?:str|self)\b|::new\(/, 2],
  ['rust', /\(\s*(?:move\s+)?\|[\w&, :]*\|\s|\b(?:Vec|Option|Box|Arc)<[\w<>&' ]+>|:\s*(?:i8|i16|i32|i64|u8|u16|u32|u64|usize|isize|f32|f64)\b/, 3],
  // Python
  ['python', /^\s*(?:from\s+[\w.]+\s+)?import\s+[\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+)*\s*$/, 1.5],
  ['python', /^\s*(?:async\s+)?def\s+\w+\s*\(.*\)\s*(?:->\s*[^:]+)?:\s*$/, 4],
  ['python', /^\s*(?:if|elif|while|for|with|try|except|else)\b.*:\s*(?:#.*)?$/, 1.5],
  ['python', /\bprint\(\s*f?["']|\bprint\(\s*\w/, 1],
  ['python', /\bf"[^"]*\{|\bf'[^']*\{/, 2],
  ['python', /\b(?:self|cls)\.\w+|\bNone\b|\bTrue\b|\bFalse\b|__name__|__init__/, 1.5],
  ['python', /\b(?:pd|np|plt|df|torch|tf)\.\w+\(|\brange\(|\blen\(|\.append\(/, 1],
  ['python', /^\s*@[\w.]+(?:\(.*\))?\s*$/, 1],
  ['python', /^\s*\w+\s*=\s*\[\s*$|^\s*\w+\s*=\s*\{\s*$/, 0.5],
  ['python', /\[[^\]]*\bfor\s+\w+(?:\s*,\s*\w+)*\s+in\b[^\]]*\]|\{[^}]*\bfor\s+\w+(?:\s*,\s*\w+)*\s+in\b[^}]*\}|\blambda\s+\w*(?:\s*,\s*\w+)*\s*:/, 3],
  ['python', /\b(?:and|or|not|is|in)\s+(?:None|\w+)\b.*:\s*$|\b(?:str|int|float|dict|list|set|tuple)\(/, 1],
  ['python', /\b\w+\([^)]{0,200}\b\w+=(?!=)[\w"'[(]/, 1.5],
  ['python', /\b(?:json|os|sys|re|time|datetime|random|math|logging|subprocess|asyncio|requests|pathlib|shutil)\.[a-z_]+\(|\b[a-z]+_[a-z_]+\(/, 1],
  // JavaScript family (the TypeScript and JSX flavours are told apart afterwards)
  ['javascript', /\bconsole\.(?:log|error|warn|info)\(/, 3],
  ['javascript', /\b(?:const|let)\s+(?:\w+|\{[^}]*\}|\[[^\]]*\])\s*=/, 2],
  ['javascript', /\bfunction\s*\w*\s*\(|=>\s*[{(]?/, 1.5],
  ['javascript', /\brequire\(\s*['"][\w@./-]+['"]\s*\)|\bmodule\.exports\b/, 4],
  ['javascript', /^\s*import\s+(?:[\w*{}\s,]+\s+from\s+)?['"][\w@./-]+['"];?\s*$|^\s*export\s+(?:default\s+)?(?:function|const|class|async)\b/, 3],
  ['javascript', /\bdocument\.\w+|\bwindow\.\w+|\b(?:addEventListener|querySelector)\(/, 2],
  ['javascript', /\.then\(|\bawait\s+fetch\(|\bnew\s+Promise\(|===|!==/, 1.5],
  ['javascript', /\b(?:useState|useEffect|useRef|useMemo|useCallback)\s*[(<]/, 3],
  ['javascript', /\b(?:localStorage|sessionStorage|navigator|JSON)\.\w+\(|\bprocess\.env\.\w+|\bnew\s+(?:Map|Set|URL|Date|Error)\(/, 2],
  // TypeScript: annotations and declarations JavaScript lacks (the dialect is decided again afterwards).
  ['javascript', /^\s*(?:export\s+)?(?:interface|type)\s+\w+(?:<[^>]*>)?\s*(?:=|\{|extends\b)|\b(?:const|let|var)\s+\w+\s*:\s*[\w<>[\]|'" ]+=|\bfunction\s+\w+\s*<|\)\s*:\s*(?:Promise<|[A-Z]\w*|string|number|boolean|void)\b[^=]*[{=]/, 3],
  ['javascript', /^\s*(?:readonly\s+)?\w+\??\s*:\s*(?:string|number|boolean|Date|[A-Z]\w*(?:\[\])?)\s*;?\s*$/, 1.5],
  ['javascript', /^\s*(?:export\s+)?(?:const\s+)?enum\s+\w+\s*\{\s*$|^\s*\w+\s*=\s*'[\w-]*',?\s*$|`[^`]*\$\{/, 2],
  // Dart (Flutter)
  ['dart', /\bsetState\(\s*\(\)|\bWidget\s+build\s*\(\s*BuildContext|\b(?:StatelessWidget|StatefulWidget)\b/, 5],
  ['dart', /^\s*final\s+(?:[A-Z]\w*(?:<[\w<>, ]+>)?\s+)?\w+\s*=\s*/, 2],
  ['dart', /^\s*void\s+main\s*\(\s*\)/, 3],
  ['dart', /\bFuture<[\w<>, ?]+>\s+\w+\s*\(|\basync\s*\{|\bawait\s+\w+\.(?:get|post|put|delete)\(/, 1.5],
  ['dart', /^\s*@override\s*$/, 3],
  ['dart', /^\s*import\s+'package:[\w/.]+';/, 5],
  ['dart', /\bList<[A-Z]\w*>\s+\w+\s*=\s*\[|\bprint\('/, 1.5],
  // PHP
  ['php', /<\?php/, 6],
  ['php', /\$this->\w+|\$\w+\s*=\s*(?:new\s+)?[\w$'"[(]/, 3],
  ['php', /\bfunction\s+\w+\s*\(\s*(?:\??\w+\s+)?\$\w+|\becho\s+["'$]|->\w+\(|::class\b/, 1.5],
  ['php', /\b(?:Route|Schema|DB)::\w+\(|\buse\s+(?:App|Illuminate)\\/, 4],
  // Ruby
  ['ruby', /^\s*def\s+\w+[?!]?(?:\s*\(.*\))?\s*$/, 3],
  ['ruby', /^\s*end\s*$/, 1.5],
  ['ruby', /\b(?:puts|require_relative|attr_accessor|attr_reader)\b|\bdo\s*\|[\w, ]+\|/, 3],
  ['ruby', /\.each(?:_with_index)?\s*(?:do|\{)|^\s*class\s+\w+\s*<\s*[A-Z][\w:]*\s*$|^\s*(?:module|class)\s+[A-Z]\w*\s*$/, 2],
  // Swift
  ['swift', /^\s*import\s+(?:SwiftUI|UIKit|Foundation|Combine)\s*$/, 5],
  ['swift', /\bvar\s+body\s*:\s*some\s+View\b|\bguard\s+let\b|\bif\s+let\s+\w+\s*=/, 4],
  ['swift', /^\s*(?:@MainActor\s+)?(?:private\s+)?func\s+\w+\s*\([^)]*\)\s*(?:async\s+)?(?:throws\s+)?(?:->\s*[\w<>?[\]]+\s*)?\{/, 2],
  ['swift', /^\s*(?:let|var)\s+\w+\s*:\s*[A-Z][\w<>?[\]]*\s*=/, 1.5],
  ['swift', /^\s*struct\s+\w+\s*:\s*[A-Z]\w*(?:\s*,\s*[A-Z]\w*)*\s*\{|^\s*(?:let|var)\s+\w+\s*:\s*(?:Int|String|Bool|Double|Float|Date|URL|UUID)\??\s*$/, 3],
  // C and C++
  ['c', /^\s*#include\s*[<"][\w./]+\.h[>"]/, 3],
  ['c', /\bprintf\s*\(|\bmalloc\s*\(|\bint\s+main\s*\(/, 2],
  ['cpp', /^\s*#include\s*<(?:iostream|vector|string|memory|algorithm|map|thread)>/, 4],
  ['cpp', /\bstd::\w+|\bcout\s*<<|\bcin\s*>>|\btemplate\s*<|\bnullptr\b/, 4],
  ['cpp', /^\s*(?:public|private|protected):\s*$|\bvirtual\s+[\w:~<>]+|\)\s*const\s*(?:override\s*)?[{;=]|\bexplicit\s+\w+\(/, 3],
  // SQL
  ['sql', /^\s*(?:SELECT\s+.+\s+FROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(?:TABLE|INDEX|VIEW|DATABASE|SCHEMA|UNIQUE\s+INDEX)|ALTER\s+TABLE|DROP\s+(?:TABLE|INDEX))\b/i, 5],
  ['sql', /^\s*(?:FROM|WHERE|GROUP\s+BY|ORDER\s+BY|LEFT\s+JOIN|INNER\s+JOIN|JOIN|HAVING|LIMIT|VALUES)\b/i, 2],
  ['sql', /^\s*SELECT\b/i, 2],
  // Markup and styles
  ['html', /^\s*<!DOCTYPE\s+html>|^\s*<html[\s>]/i, 6],
  ['html', /<\/?(?:div|span|p|head|body|section|nav|header|footer|main|ul|li|button|form|label|table|tr|td|h[1-6]|script|link|meta)\b[^>]*>/, 1.5],
  // A selector line: one character class after the first token, so no line can make the match backtrack.
  ['css', /^\s*(?!(?:class|interface|struct|enum|impl|fn|func|if|else|for|while|switch|try|do|namespace|object|trait|module|function|return)\b)(?:[.#][\w-]|[a-z]|\*|:root|\[)[^{};()=/]*\{\s*$/, 1.5],
  ['css', /^\s*(?:--)?[a-z-]+\s*:\s*[^;{}]+;\s*$/, 1.5],
  ['css', /^\s*@(?:media|keyframes|import|font-face)\b/, 3],
  ['scss', /^\s*\$[\w-]+\s*:|&:(?:hover|focus|active)|^\s*@(?:mixin|include|use)\b/, 3],
  ['xml', /^\s*<\?xml\s/, 6],
  ['xml', /<\w+:\w+[\s>]|\bxmlns(?::\w+)?=/, 2],
  ['xml', /^\s*<(?!(?:div|span|p|a|li|ul|ol|td|tr|th|h[1-6]|button|label|option|title|script|style|strong|em|b|i|code)>)[a-z][\w.-]*>[^<]*<\/[a-z][\w.-]*>\s*$/, 1.5],
  // Other languages tutorials show
  ['powershell', /\b(?:Get|Set|New|Remove|Install|Import|Write|Start|Stop|Invoke|Test)-[A-Z]\w+/, 4],
  ['powershell', /^\s*\$\w+\s*=\s*(?:Get-|@\(|@\{|\[)/, 2],
  ['graphql', /^\s*(?:query|mutation|subscription|type|input|schema|fragment)\s+\w*\s*(?:\([^)]*\))?\s*\{/, 3],
  ['graphql', /^\s*\w+(?:\([^)]*\))?\s*:\s*\[?\w+!?\]?!\s*$/, 3],
  ['lua', /^\s*local\s+\w+\s*=|\bfunction\s+[\w.:]+\s*\(.*\)\s*$|^\s*end\s*$|\bthen\s*$/, 1.5],
  ['elixir', /^\s*defmodule\s+[\w.]+\s+do\b|^\s*def(?:p)?\s+\w+.*\bdo\s*$|\|>\s*\w/, 3],
  ['haskell', /^\s*\w+\s*::\s*[\w\s[\]()>-]+->|^\s*module\s+[\w.]+\s+where\b|^\s*import\s+qualified\b/, 4],
  ['scala', /^\s*(?:object|case\s+class|trait)\s+\w+|\bdef\s+\w+\s*\(.*\)\s*:\s*\w+\s*=/, 3],
  ['r', /\b\w+\s*<-\s*(?:c\(|function\(|data\.frame\(|read\.csv\()|\blibrary\(\w+\)|ggplot\(/, 4],
  ['makefile', /^[\w.-]+\s*:(?:\s+[\w.-]+)*\s*$|^\t\S/, 1],
  ['toml', /^\s*\[[\w.-]+\]\s*$|^\s*[\w-]+\s*=\s*(?:"[^"]*"|\d+|true|false|\[)/, 1],
  ['ini', /^\s*\[[\w .-]+\]\s*$/, 0.5],
  ['ini', /^\s*[\w.-]+\s*=\s*(?!true\b|false\b)(?![^\n]*\s[-+*/%]\s)[^\s"'[{(\d$][^"'()=;,]*$|^\s*[\w.-]+\s*=\s*\d+[A-Za-z]+\s*$/, 1.5],
  ['toml', /^\s*[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'|\[\s*"|\{\s*\w+\s*=)/, 1.5],
  // Shell: control flow, expansions, and a command line with options.
  ['shellscript', /^\s*(?:for|while|until)\b.*;\s*do\s*$|^\s*(?:done|fi|esac)\s*$|^\s*if\s+\[\[?\s|\bthen\s*$/, 3],
  ['shellscript', /"\$\{?\w+|\$\(\s*\w|\$\{\w+[%#:/]|\s&&\s[a-z]|\s\|\s*(?:grep|awk|sed|sort|head|tail|xargs|tee|jq|wc)\b/, 2],
  ['shellscript', /^\s*(?:sudo\s+)?[a-z][\w.-]*\s+(?:[a-z][\w:./-]*\s+)*-{1,2}[a-zA-Z][\w-]*(?:[\s=]|$)/, 2],
];

/** Evidence that spans lines: [language id, pattern over the whole block (multiline), weight]. */
const blockSignals: readonly Signal[] = [
  // A target line followed by a tab-indented recipe.
  ['makefile', /^[\w.%/-]+\s*:[^=\n]*\n\t\S/m, 6],
  // Python's indented block after a colon line.
  ['python', /:\s*\n(?: {4}| {2})\S/, 1],
];

/** Evidence per language for `code`: each signal counts on at most three lines. */
export function languageSignalScores(code: string): Map<string, number> {
  const scores = new Map<string, number>();
  for (const [language, pattern, weight] of blockSignals) if (pattern.test(code)) scores.set(language, (scores.get(language) ?? 0) + weight);
  const lines = code.split(/\r?\n/).slice(0, 400);
  for (const [language, pattern, weight] of signals) {
    let hits = 0;
    for (const line of lines) {
      if (pattern.test(line) && ++hits === 3) break;
    }
    if (hits > 0) scores.set(language, (scores.get(language) ?? 0) + weight * hits);
  }
  // A superset's own syntax settles it: CSS evidence also counts for SCSS once SCSS shows, C's for C++.
  for (const [superset, subset] of [['scss', 'css'], ['cpp', 'c']]) {
    if (scores.has(superset)) scores.set(superset, (scores.get(superset) ?? 0) + (scores.get(subset) ?? 0));
  }
  return scores;
}

/** The language the signals single out: clearly ahead of the rest, with enough evidence. */
export function languageFromSignals(scores: ReadonlyMap<string, number>, minimum = 2, lead = 1.5): string | undefined {
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < minimum) return undefined;
  return !second || best[1] >= second[1] * lead ? best[0] : undefined;
}
