"""The pipeline's stages: thin, typed steps over the work record (`work.Work`), each
declaring the fields it reads and writes (`contract.Stage`). `eventwire.pipeline` imports
the stage modules and lists their `STAGES` explicitly; importing this package registers nothing."""
