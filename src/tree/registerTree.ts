import type { CommandManager } from '../util/commandManager';
import { CopyLinkCommand, OpenInBrowserCommand } from './commands/articleLinkCommands';
import { MarkAllReadCommand, MarkReadCommand, MarkUnreadCommand } from './commands/readStateCommands';
import { SaveArticleCommand, UnsaveArticleCommand } from './commands/saveCommands';
import type { TreeContext } from './nodes/treeNode';
import { TutorialTreeProvider } from './tutorialTreeProvider';

/** The Tutorials view and the commands that act on its articles. */
export function createTree(ctx: TreeContext, commands: CommandManager): TutorialTreeProvider {
  const tree = new TutorialTreeProvider(ctx);
  const view = tree.view;
  commands.register(new MarkReadCommand(ctx.state, view));
  commands.register(new MarkUnreadCommand(ctx.state, view));
  commands.register(new MarkAllReadCommand(ctx.store, ctx.state, view));
  commands.register(new SaveArticleCommand(ctx.state, view));
  commands.register(new UnsaveArticleCommand(ctx.state, view));
  commands.register(new OpenInBrowserCommand(view));
  commands.register(new CopyLinkCommand(view));
  return tree;
}
