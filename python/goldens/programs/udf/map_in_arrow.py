import pyarrow as pa
import pyarrow.compute as pc

def double_it(batches):
    for batch in batches:
        yield pa.RecordBatch.from_arrays([pc.multiply(batch.column(0), 2)], names=["twice"])

spark.range(4).mapInArrow(double_it, "twice long").orderBy("twice").show()
