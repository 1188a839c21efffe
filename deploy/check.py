#!/usr/bin/env python3
"""Checks the deploy files without Docker or Kubernetes (neither runs on the build machine).

- docker-compose.yml parses as YAML (anchors and merge keys resolved), every service has an image or a build, every
  depends_on names a service, every condition is one compose knows, and healthchecks have a test.
- deploy/k8s/*.yaml parse, and each object has the fields Kubernetes requires for its kind (apiVersion, kind,
  metadata.name, selectors that match the pod template's labels, containers with a name and an image, ...).
- deploy/entrypoint.sh and the Dockerfiles exist and name files that exist.

Usage: python3 deploy/check.py   (exit status 0 when everything holds; each problem is printed)
"""
import glob
import os
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
problems = []


def need(condition, message):
    if not condition:
        problems.append(message)


def check_compose():
    path = os.path.join(ROOT, "docker-compose.yml")
    with open(path) as f:
        compose = yaml.safe_load(f)
    services = compose.get("services") or {}
    need(len(services) > 0, "compose: no services")
    for name, service in services.items():
        need("image" in service or "build" in service, f"compose: {name} has neither image nor build")
        build = service.get("build")
        if isinstance(build, dict):
            dockerfile = os.path.join(ROOT, build.get("context", "."), build.get("dockerfile", "Dockerfile"))
            need(os.path.isfile(dockerfile), f"compose: {name} builds from missing {dockerfile}")
        depends = service.get("depends_on") or {}
        for other, spec in (depends.items() if isinstance(depends, dict) else ((d, {}) for d in depends)):
            need(other in services, f"compose: {name} depends on unknown service {other}")
            condition = (spec or {}).get("condition", "service_started")
            need(condition in ("service_started", "service_healthy", "service_completed_successfully"),
                 f"compose: {name}: unknown condition {condition}")
            if condition == "service_healthy":
                need("healthcheck" in services.get(other, {}), f"compose: {name} waits for {other} to be healthy but it has no healthcheck")
        if "healthcheck" in service:
            need("test" in service["healthcheck"], f"compose: {name}: healthcheck without test")
        for port in service.get("ports") or []:
            need(str(port).startswith("127.0.0.1:"), f"compose: {name} publishes {port} beyond loopback")
    silos = [n for n in services if n.startswith("silo-")]
    need(len(silos) == 3, f"compose: expected 3 silos, found {silos}")
    need("postgres" in services and "api" in services, "compose: needs postgres and api")
    return len(services)


def labels_match(selector, labels):
    return all(labels.get(k) == v for k, v in (selector or {}).items())


def check_pod_spec(where, spec):
    containers = spec.get("containers") or []
    need(len(containers) > 0, f"{where}: no containers")
    for c in containers:
        need("name" in c and "image" in c, f"{where}: a container needs name and image")
        for probe in ("readinessProbe", "livenessProbe", "startupProbe"):
            if probe in c:
                p = c[probe]
                need(any(k in p for k in ("httpGet", "tcpSocket", "exec", "grpc")), f"{where}: {probe} has no handler")


def check_k8s():
    count = 0
    for path in sorted(glob.glob(os.path.join(ROOT, "deploy", "k8s", "*.yaml"))):
        with open(path) as f:
            documents = [d for d in yaml.safe_load_all(f) if d is not None]
        for doc in documents:
            count += 1
            kind = doc.get("kind")
            where = f"{os.path.basename(path)}: {kind}/{(doc.get('metadata') or {}).get('name')}"
            need(doc.get("apiVersion"), f"{where}: apiVersion missing")
            need(kind, f"{where}: kind missing")
            need((doc.get("metadata") or {}).get("name"), f"{where}: metadata.name missing")
            spec = doc.get("spec") or {}
            if kind in ("Deployment", "StatefulSet"):
                selector = (spec.get("selector") or {}).get("matchLabels")
                template = spec.get("template") or {}
                need(selector, f"{where}: spec.selector.matchLabels missing")
                need(labels_match(selector, (template.get("metadata") or {}).get("labels") or {}),
                     f"{where}: selector does not match the template's labels")
                check_pod_spec(where, template.get("spec") or {})
                grace = (template.get("spec") or {}).get("terminationGracePeriodSeconds")
                need(grace is None or grace >= 30, f"{where}: terminationGracePeriodSeconds below the deactivation timeout")
            elif kind == "Service":
                need(spec.get("ports"), f"{where}: spec.ports missing")
                for port in spec.get("ports") or []:
                    need("port" in port, f"{where}: a port needs port")
            elif kind == "PodDisruptionBudget":
                need(spec.get("selector"), f"{where}: spec.selector missing")
                need(("minAvailable" in spec) != ("maxUnavailable" in spec), f"{where}: exactly one of minAvailable, maxUnavailable")
            elif kind == "HorizontalPodAutoscaler":
                target = spec.get("scaleTargetRef") or {}
                need(target.get("kind") and target.get("name") and target.get("apiVersion"), f"{where}: scaleTargetRef incomplete")
                need(isinstance(spec.get("maxReplicas"), int), f"{where}: maxReplicas missing")
                need(spec.get("minReplicas", 1) <= spec.get("maxReplicas", 0), f"{where}: minReplicas above maxReplicas")
            elif kind == "Job":
                pod = (spec.get("template") or {}).get("spec") or {}
                need(pod.get("restartPolicy") in ("Never", "OnFailure"), f"{where}: a Job's restartPolicy must be Never or OnFailure")
                check_pod_spec(where, pod)
            elif kind in ("ConfigMap", "Secret"):
                pass
            else:
                problems.append(f"{where}: kind not checked by this script")
    need(count > 0, "k8s: no manifests")
    return count


def check_files():
    for path in ("deploy/entrypoint.sh", "deploy/docker/Dockerfile.silo", "deploy/docker/Dockerfile.api"):
        need(os.path.isfile(os.path.join(ROOT, path)), f"missing {path}")
    need(os.access(os.path.join(ROOT, "deploy/entrypoint.sh"), os.X_OK), "deploy/entrypoint.sh is not executable")


if __name__ == "__main__":
    services = check_compose()
    objects = check_k8s()
    check_files()
    for problem in problems:
        print("deploy check: " + problem)
    if problems:
        sys.exit(1)
    print(f"deploy check: docker-compose.yml ({services} services) and {objects} Kubernetes objects are valid")
