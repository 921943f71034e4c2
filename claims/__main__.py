from claims.cli.root import main

main()
