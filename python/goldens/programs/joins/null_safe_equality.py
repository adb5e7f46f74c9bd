a = spark.createDataFrame([(1, "x"), (None, "y")], "k int, va string")
b = spark.createDataFrame([(1, "p"), (None, "q")], "k int, vb string")
a.join(b, a.k == b.k).select("va", "vb").orderBy("va").show()
a.join(b, a.k.eqNullSafe(b.k)).select("va", "vb").orderBy("va").show()
