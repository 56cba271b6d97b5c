"""`python -m summarizer`."""

from summarizer.cli import main

if __name__ == "__main__":  # a worker process started afresh imports this module and must not run the command
    main()
