"""The web app: upload reports into a corpus database, review their findings beside the source, browse
and export the corpus — Chinese pages served offline, with a JSON API behind each (`zfxxgk serve`)."""
