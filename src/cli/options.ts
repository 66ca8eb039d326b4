import { parseArgs, type ParseArgsConfig } from 'node:util';
import { editDistance } from '../lib/text/suggest';
import { messages } from './messages';

/** A command's flags, as Node's `parseArgs` declares them. */
export type Options = NonNullable<ParseArgsConfig['options']>;
/** The flags a command was given: a string for each value, true for each switch. */
export type Flags = Record<string, string | boolean | undefined>;

/**
 * The command's flags, or the message for the first mistake in them. Node's strict parser
 * would do, but its messages name its own syntax ("'--out=-XYZ'"); these say the fix.
 */
export function parseOptions(
  command: string,
  args: string[],
  options: Options,
): { values: Flags; positionals: string[] } | string {
  const { values, positionals, tokens } = parseArgs({
    args,
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const names = Object.keys(options).map((n) => `--${n}`);
  const seen = new Map<string, string>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    const flag = `--${token.name}`;
    if (!option) return messages.unknownOption(token.rawName, command, names, closest(token.rawName, names));
    if (option.type === 'boolean') {
      if (token.value !== undefined) return messages.optionTakesNoValue(flag, command);
      continue;
    }
    if (token.value === undefined) return messages.optionNeedsValue(flag, command);
    // Without "=", a value that looks like an option is one the user forgot a value before.
    if (!token.inlineValue && /^-./.test(token.value))
      return messages.optionNeedsValue(flag, command, token.value);
    const earlier = seen.get(token.name);
    if (earlier !== undefined && earlier !== token.value)
      return messages.optionTwice(flag, earlier, token.value);
    seen.set(token.name, token.value);
  }
  return { values: values as Flags, positionals };
}

/** The candidate a typo most likely meant (at most one edit in four letters), if any. */
export function closest(word: string, candidates: string[]): string | undefined {
  const bare = (s: string) => s.replace(/^-+/, '').toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(bare(word), bare(candidate));
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  const allowed = Math.max(1, Math.floor(bare(word).length / 4));
  return best && best.distance > 0 && best.distance <= allowed ? best.candidate : undefined;
}
