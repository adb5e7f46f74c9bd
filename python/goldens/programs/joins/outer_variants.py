a = spark.createDataFrame([(1, "a1"), (2, "a2"), (3, "a3")], ["k", "va"])
b = spark.createDataFrame([(2, "b2"), (3, "b3"), (4, "b4")], ["k", "vb"])
for how in ["left", "right", "full", "left_outer", "outer"]:
    print(how)
    a.join(b, "k", how).orderBy("k").show()
