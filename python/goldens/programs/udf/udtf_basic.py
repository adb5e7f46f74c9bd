from pyspark.sql.functions import lit, udtf

@udtf(returnType="n int, sq int")
class Squares:
    def eval(self, start: int, end: int):
        for n in range(start, end + 1):
            yield n, n * n

Squares(lit(1), lit(4)).show()
