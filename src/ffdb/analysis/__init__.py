"""Read models over the store: persons and dossiers assembled from claims, statistics."""
