from pyspark.sql.functions import udtf

@udtf(returnType="word string, n int")
class Words:
    def __init__(self):
        self.count = 0

    def eval(self, text: str):
        for word in text.split():
            self.count += 1
            yield word, len(word)

    def terminate(self):
        yield "total", self.count

spark.udtf.register("words", Words)
spark.sql("SELECT * FROM words('hello big world')").show()
spark.createDataFrame([(1, "a bb"), (2, "ccc")], "id int, s string").createOrReplaceTempView("docs")

@udtf(returnType="word string, n int")
class Split:
    def eval(self, text: str):
        for word in text.split():
            yield word, len(word)

spark.udtf.register("split_words", Split)
spark.sql("SELECT d.id, w.word, w.n FROM docs d, LATERAL split_words(d.s) w ORDER BY d.id, w.word").show()
spark.sql("SELECT * FROM docs, LATERAL split_words(s) ORDER BY id, word").show()
spark.sql("SELECT * FROM words(text => 'named argument here')").show()
print(spark.sql("SELECT * FROM words('x')").schema.simpleString())
