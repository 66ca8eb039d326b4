import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadSettings, SettingsError, type Settings } from '../config/settings';
import { fileError, UserError, type Context } from './context';
import { messages } from './messages';

/**
 * The settings of the handbook the CLI works on: its handbook.config.yaml (or HANDBOOK_CONFIG)
 * and the environment, read from the project root. A bad config is the user's mistake: exit 1,
 * and so is a config path that names a folder or a file that cannot be read.
 */
export function cliSettings(ctx: Pick<Context, 'root'>): Settings {
  const named = process.env.HANDBOOK_CONFIG?.trim();
  const configPath = named && resolve(ctx.root, named);
  if (configPath && isFolder(configPath))
    throw new UserError(messages.badSettings(messages.configIsFolder(configPath)));
  try {
    return loadSettings(process.env, ctx.root);
  } catch (error) {
    if (error instanceof SettingsError) throw new UserError(messages.badSettings(error.message));
    throw fileError(error, `read ${configPath ?? 'handbook.config.yaml'}`);
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // missing: loadSettings says so, with the fix
  }
}
