using Rampart.Cli;

return await RampartCommandLine.Create().Parse(args).InvokeAsync();
