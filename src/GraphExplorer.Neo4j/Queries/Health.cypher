// GraphExplorer Health: can the database answer a read at all.
RETURN 1 AS ok
