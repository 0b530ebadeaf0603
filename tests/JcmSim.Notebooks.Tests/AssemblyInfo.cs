// The notebook runner sets the process's current directory and standard output while a notebook
// runs (as a kernel owns its process), so the tests of this assembly run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
