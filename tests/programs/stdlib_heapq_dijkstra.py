# Shortest paths on a road map with Dijkstra's algorithm over heapq.
import heapq

roads = {
    "A": {"B": 7, "C": 9, "F": 14}, "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2}, "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9}, "F": {"A": 14, "C": 2, "E": 9}, "G": {},
}


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    frontier = [(0, source)]
    visited = set()
    while frontier:
        d, node = heapq.heappop(frontier)
        if node in visited:
            continue
        visited.add(node)
        print(f"  settle {node} at {d}, frontier={frontier}")
        for nxt, w in sorted(graph[node].items()):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(frontier, (nd, nxt))
    return dist, prev


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


dist, prev = dijkstra(roads, "A")
for node in sorted(roads):
    if node in dist:
        print(node, dist[node], "->".join(path_to(prev, node)))
    else:
        print(node, "unreachable")

# running median with two heaps
low, high = [], []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    heapq.heappush(low, -heapq.heappushpop(high, x))
    if len(low) > len(high):
        heapq.heappush(high, -heapq.heappop(low))
    median = high[0] if len(high) > len(low) else (high[0] - low[0]) / 2
    print(f"after {x:2}: median={median} low={sorted(-v for v in low)} high={sorted(high)}")
