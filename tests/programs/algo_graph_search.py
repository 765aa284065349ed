# Graph algorithms on dicts: BFS shortest path, DFS order, topological sort, connected components.
graph = {
    "A": ["B", "C"],
    "B": ["D"],
    "C": ["D", "E"],
    "D": ["F"],
    "E": ["F"],
    "F": [],
    "G": ["H"],
    "H": [],
}

def bfs_path(start, goal):
    queue = [[start]]
    visited = {start}
    while queue:
        path = queue.pop(0)
        node = path[-1]
        if node == goal:
            return path
        for nxt in graph[node]:
            if nxt not in visited:
                visited.add(nxt)
                queue.append(path + [nxt])
    return None

def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen

def topo_sort():
    indegree = {n: 0 for n in graph}
    for targets in graph.values():
        for t in targets:
            indegree[t] += 1
    ready = [n for n, d in indegree.items() if d == 0]
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for t in graph[n]:
            indegree[t] -= 1
            if indegree[t] == 0:
                ready.append(t)
    return order

def components():
    undirected = {n: set() for n in graph}
    for n, targets in graph.items():
        for t in targets:
            undirected[n].add(t)
            undirected[t].add(n)
    seen, comps = set(), []
    for n in graph:
        if n in seen:
            continue
        stack, comp = [n], []
        while stack:
            cur = stack.pop()
            if cur in seen:
                continue
            seen.add(cur)
            comp.append(cur)
            stack.extend(sorted(undirected[cur] - seen))
        comps.append(sorted(comp))
    return comps

print(bfs_path("A", "F"), bfs_path("A", "E"), bfs_path("F", "A"))
print(dfs("A"), dfs("G"))
print(topo_sort())
print(components())
