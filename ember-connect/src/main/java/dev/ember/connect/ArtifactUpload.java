package dev.ember.connect;

import java.util.function.Consumer;
import org.apache.spark.connect.proto.AddArtifactsRequest;
import org.apache.spark.connect.proto.AddArtifactsResponse;

/**
 * One {@code AddArtifacts} client stream: single-chunk artifacts in batches, or one artifact in chunks, each written
 * to the store's disk as it arrives ({@link ArtifactStore.Staging}).
 */
final class ArtifactUpload {
  private final ArtifactStore store;
  private final AddArtifactsResponse.Builder response = AddArtifactsResponse.newBuilder();
  private String sessionId;
  /** Where the artifacts go: the session's key ({@link SessionKey#id()}). */
  private String storeKey;
  private String chunkedName;
  private ArtifactStore.Staging chunked;
  private boolean chunkedIntact;

  ArtifactUpload(ArtifactStore store) {
    this.store = store;
  }

  /** One request of the stream, whose artifacts go to the session stored under {@code storeKey}. */
  void accept(AddArtifactsRequest request, String storeKey) {
    sessionId = request.getSessionId();
    this.storeKey = storeKey;
    switch (request.getPayloadCase()) {
      case BATCH:
        for (AddArtifactsRequest.SingleChunkArtifact artifact : request.getBatch().getArtifactsList()) {
          byte[] data = artifact.getData().getData().toByteArray();
          boolean intact = ArtifactStore.crcMatches(data, artifact.getData().getCrc());
          if (intact) {
            store.put(storeKey, artifact.getName(), data);
          }
          summary(artifact.getName(), intact);
        }
        break;
      case BEGIN_CHUNK:
        finishChunked();
        chunkedName = request.getBeginChunk().getName();
        chunked = store.stage(storeKey, chunkedName);
        chunkedIntact = true;
        appendChunk(request.getBeginChunk().getInitialChunk());
        break;
      case CHUNK:
        appendChunk(request.getChunk());
        break;
      default:
        break;
    }
  }

  private void appendChunk(AddArtifactsRequest.ArtifactChunk chunk) {
    byte[] data = chunk.getData().toByteArray();
    chunkedIntact &= ArtifactStore.crcMatches(data, chunk.getCrc());
    if (chunkedIntact) {
      chunked.write(data);
    }
  }

  private void finishChunked() {
    if (chunkedName != null) {
      if (chunkedIntact) {
        chunked.commit();
      } else {
        chunked.close();
      }
      summary(chunkedName, chunkedIntact);
      chunkedName = null;
      chunked = null;
    }
  }

  private void summary(String name, boolean intact) {
    response.addArtifacts(AddArtifactsResponse.ArtifactSummary.newBuilder().setName(name).setIsCrcSuccessful(intact));
  }

  /** Drops an artifact still arriving (the client gave up, or the upload failed). */
  void abandon() {
    if (chunked != null) {
      chunked.close();
      chunked = null;
      chunkedName = null;
    }
  }

  /** Completes the upload: the summary of every artifact received. */
  void complete(String serverSideSessionId, Consumer<AddArtifactsResponse> send) {
    finishChunked();
    if (sessionId != null) {
      response.setSessionId(sessionId).setServerSideSessionId(serverSideSessionId);
    }
    send.accept(response.build());
  }
}
