import CLI

await GovmonCommand.runMain()
