from vnadmin.cli import main

main()
