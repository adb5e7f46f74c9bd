df = spark.createDataFrame([(1, "yes"), (2, "no"), (3, "maybe")], ["id", "answer"])
df.replace(["yes", "no"], ["Y", "N"], "answer").orderBy("id").show()
df.na.replace({"maybe": "?"}).orderBy("id").show()
df.replace(1, 100).orderBy("answer").show()
