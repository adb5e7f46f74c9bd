spark.sql("SELECT upper('abc') AS u, substr('spark sql', 7) AS s, regexp_extract('a1b22', '(\\\\d+)', 1) AS r, split('a-b-c', '-') AS parts, len('héllo') AS l").show()
