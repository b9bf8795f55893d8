"""Reading input records (JSONL, CSV, text, HTML, folders) into Articles, or RecordErrors that name the record."""
