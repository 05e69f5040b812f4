// The escalade command line: one program, commands registered by each stage's module.
import { Command, CommanderError } from 'commander';
import { reportError } from './common.js';
import { registerReadCommands } from './read-commands.js';
import { registerListCommands } from './list-commands.js';
import { registerCodeCommands } from './code-commands.js';
import { registerJudgeCommands } from './judge-commands.js';
import { registerSimulateCommands } from './simulate-commands.js';
import { registerShowCommands } from './show-commands.js';
import { registerScaleCommands } from './scale-commands.js';

export function buildProgram(): Command {
  const program = new Command('escalade')
    .description('Nuclear escalation monitor: read news, code events, judge doctrines, estimate and simulate risk.')
    .version('0.1.0')
    .showSuggestionAfterError()
    .configureOutput({ outputError: (text, write) => write(`escalade: ${text.replace(/^error: /, '').trim()}\n`) })
    .exitOverride();
  registerReadCommands(program);
  const { events } = registerListCommands(program);
  registerCodeCommands(program);
  registerJudgeCommands(program, { events });
  registerSimulateCommands(program);
  registerShowCommands(program);
  registerScaleCommands(program);
  for (const command of program.commands) {
    command.exitOverride();
    for (const sub of command.commands) sub.exitOverride();
  }
  return program;
}

async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; usage errors (unknown flag, missing argument) exit 2.
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    reportError(error);
  }
}

process.on('unhandledRejection', (error) => {
  reportError(error);
  process.exit(1);
});

await main(process.argv);
