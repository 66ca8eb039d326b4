import { loadSettings, SettingsError, type Settings } from '../config/settings';
import { UserError, type Context } from './context';
import { messages } from './messages';

/**
 * The settings of the handbook the CLI works on: its handbook.config.yaml (or HANDBOOK_CONFIG)
 * and the environment, read from the project root. A bad config is the user's mistake: exit 1.
 */
export function cliSettings(ctx: Pick<Context, 'root'>): Settings {
  try {
    return loadSettings(process.env, ctx.root);
  } catch (error) {
    if (error instanceof SettingsError) throw new UserError(messages.badSettings(error.message));
    throw error;
  }
}
